package dev.safeguarding.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.json.SafeguardingJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example sends what the DfE CSC API's OpenAPI and Data to Insight's client describe: {@code POST
 * /children_social_care_data/{la_code}/children}, "3 digit Local Authority Code", with {@code Authorization:
 * Bearer}, {@code Content-Type: application/json} and {@code SupplierKey}, one request per 100 children; and
 * by default it contacts nothing. A stand-in for the API listens on the loopback interface.
 */
class CscApiExampleTest {

    /** One request the stand-in received. */
    record Received(String requestLine, Map<String, String> headers, String body) {
    }

    @Test
    void eachBatchOfAHundredIsPostedWithTheHeadersTheApiExpects() throws Exception {
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread standIn = new Thread(() -> serve(server, received, 200), "csc-api-stand-in");
            standIn.setDaemon(true);
            standIn.start();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int status = CscApiExample.run(CscApiExample.synthetic(250), new CscApiExample.Api(
                    "http://127.0.0.1:" + server.getLocalPort() + "/api/", "test-token", "test-supplier"),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertEquals(0, status, printed.toString(StandardCharsets.UTF_8));
        }
        assertEquals(3, received.size());
        List<Integer> sizes = new ArrayList<>();
        for (Received request : received) {
            assertTrue(request.requestLine().startsWith("POST /api/children_social_care_data/926/children HTTP/"),
                    request.requestLine());
            assertEquals("Bearer test-token", request.headers().get("authorization"));
            assertEquals("application/json", request.headers().get("content-type"));
            assertEquals("test-supplier", request.headers().get("supplierkey"));
            sizes.add(SafeguardingJson.standard().read(request.body(), CscApiBatch.class).size());
        }
        assertEquals(List.of(100, 100, 50), sizes);
    }

    @Test
    void aRefusedRequestStopsTheSending() throws Exception {
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread standIn = new Thread(() -> serve(server, received, 429), "csc-api-stand-in");
            standIn.setDaemon(true);
            standIn.start();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int status = CscApiExample.run(CscApiExample.synthetic(250), new CscApiExample.Api(
                    "http://127.0.0.1:" + server.getLocalPort() + "/api", "test-token", "test-supplier"),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertEquals(1, status);
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("HTTP 429"));
        }
        assertEquals(1, received.size(), "nothing is sent after a refusal");
    }

    @Test
    void byDefaultItPrintsTheRequestsWithoutTheTokenOrThePersonalData() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = CscApiExample.run(CscApiExample.synthetic(250), null,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);

        assertEquals(0, status);
        assertEquals(3, text.split("POST https://find-and-use-an-api.education.gov.uk/api/children_social_care_data/926"
                + "/children", -1).length - 1, text);
        assertTrue(text.contains("body: 100 children (SYN0000001 to SYN0000100)"), text);
        assertFalse(text.contains("date_of_birth") || text.contains("unique_pupil_number"), text);
    }

    /** Answers every request on {@code server} with {@code status} (and a receipt for 200), one per connection. */
    private static void serve(ServerSocket server, List<Received> received, int status) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                String requestLine = line(in);
                Map<String, String> headers = new LinkedHashMap<>();
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
                }
                byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
                received.add(new Received(requestLine, headers, new String(body, StandardCharsets.UTF_8)));
                String answer = status == 200 ? "\"2026-12-03T18:00:00_00000000-0000-0000-0000-000000000001\"" : "";
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: "
                        + answer.length() + "\r\nConnection: close\r\n\r\n" + answer).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                return;   // the server was closed
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
