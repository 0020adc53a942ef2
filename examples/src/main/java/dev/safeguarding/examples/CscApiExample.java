package dev.safeguarding.examples;

import dev.safeguarding.census.CensusSource;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.cscapi.CscApi;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.census.xml.CensusFile;
import dev.safeguarding.census.xml.CensusReader;
import dev.safeguarding.json.SafeguardingJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;

/**
 * A census file sent to the DfE CSC API: read one child at a time, mapped to the API's payload, cut into
 * request bodies of at most 100 children and, for each, the request {@code POST
 * /children_social_care_data/{la_code}/children} with the JDK's {@link HttpClient}. The library itself holds no
 * HTTP client; this is how a caller sends what it writes.
 *
 * <p>By default nothing leaves the machine: the example reads a synthetic census file of 250 children (or the
 * census file given with {@code --file}) and prints each request it would send: never the token, and of the
 * body, which holds personal data, only its size and the children's identifiers. Given
 * a base URL, an OAuth access token and a supplier key it sends them:
 * <pre>
 * mvn -q -Pexample -Dexample=CscApiExample -DskipTests package
 * java ... dev.safeguarding.examples.CscApiExample [--file census.xml] [BASE_URL TOKEN SUPPLIER_KEY]
 * </pre>
 * The token is obtained by the caller (the DfE's service uses OAuth 2.0 client credentials: {@code
 * grant_type=client_credentials} with a client id, secret and scope, against the token endpoint the DfE gives);
 * no secret belongs in code. The production base URL is {@code https://find-and-use-an-api.education.gov.uk/api}.
 *
 * <p>Sources: DfE CSC API OpenAPI 1.0.1 (server, operation, {@code la_code} "3 digit Local Authority Code as
 * known by the DfE", responses 200 "Data received" with a receipt, 204, 400 "Payload was malformed", 401, 403,
 * 413 "Too many records", 429 "Too many requests"); Data to Insight, {@code dfe-csc-api-data-flows},
 * {@code api_pipeline} (headers {@code Authorization: Bearer}, {@code Content-Type: application/json} and
 * {@code SupplierKey}; batches of 100).
 */
public final class CscApiExample {

    private CscApiExample() {
    }

    /**
     * Prints, or sends, the requests for a census file.
     *
     * @param args {@code [--file census.xml] [BASE_URL TOKEN SUPPLIER_KEY]}
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int next = args.length >= 2 && args[0].equals("--file") ? 2 : 0;
        if (args.length - next != 0 && args.length - next != 3) {
            System.err.println("usage: CscApiExample [--file census.xml] [BASE_URL TOKEN SUPPLIER_KEY]");
            System.exit(2);
        }
        InputStream census;
        if (next == 2) {
            census = Files.newInputStream(Path.of(args[1]));
        } else {
            census = synthetic(250);
            System.out.println("A synthetic census file of 250 children (seed 42, 2025-26): no real data.");
        }
        Api api = args.length - next == 3 ? new Api(args[next], args[next + 1], args[next + 2]) : null;
        System.exit(run(census, api, System.out));
    }

    /** Where to send, and the caller's credentials: the OAuth access token and the supplier key. */
    record Api(String baseUrl, String token, String supplierKey) {

        /** Never the token or the key. */
        @Override
        public String toString() {
            return "Api[" + baseUrl + "]";
        }
    }

    /** A synthetic census file of {@code children} children (seed 42, 2025-26). */
    static InputStream synthetic(int children) {
        ByteArrayOutputStream synthetic = new ByteArrayOutputStream();
        SyntheticCensus.of(42, CollectionYear.CIN_2025_26).write(children, synthetic);
        return new ByteArrayInputStream(synthetic.toByteArray());
    }

    /**
     * Reads {@code census} one child at a time and, for each request body of at most 100 children, sends it
     * to {@code api} or, when {@code api} is null, prints the request it would send.
     *
     * @return 0 when every request was sent (or printed), 1 when the API refused one
     */
    static int run(InputStream census, Api api, PrintStream out) throws IOException, InterruptedException {
        String baseUrl = api == null ? "https://find-and-use-an-api.education.gov.uk/api" : api.baseUrl().replaceAll("/+$", "");
        HttpClient client = api == null ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        try (InputStream in = census; CensusFile file = CensusReader.tolerant().open(in)) {
            // the local authority code the DfE knows it by: <LEA> of the return's source
            String laCode = file.header().flatMap(header -> header.sources().stream().findFirst())
                    .flatMap(CensusSource::lea).orElseThrow(() -> new IllegalArgumentException("the census has no LEA"));
            URI uri = URI.create(baseUrl + "/children_social_care_data/" + laCode + "/children");
            Iterator<CscApiBatch> batches = CscApi.batches(file.iterator());   // 100 children at a time, never the file
            for (int n = 1; batches.hasNext(); n++) {
                CscApiBatch batch = batches.next();
                String body = SafeguardingJson.standard().write(batch);
                if (api == null) {
                    // the body holds personal data (dates of birth, UPNs): its size and identifiers only
                    out.printf("request %d: POST %s%n  Authorization: Bearer <token>%n  Content-Type: application/json%n"
                            + "  SupplierKey: <supplier key>%n  body: %d children (%s to %s), %d characters%n", n, uri,
                            batch.size(), batch.children().get(0).laChildId(),
                            batch.children().get(batch.size() - 1).laChildId(), body.length());
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                        .header("Authorization", "Bearer " + api.token())
                        .header("Content-Type", "application/json")
                        .header("SupplierKey", api.supplierKey())
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                // 200 "Data received", its body the receipt; 204 "No content"
                out.printf("request %d: %d children, HTTP %d%s%n", n, batch.size(), response.statusCode(),
                        response.statusCode() == 200 ? ", receipt " + response.body() : "");
                if (response.statusCode() >= 300) {
                    // 400 malformed, 401/403 the token or supplier key, 413 too many records, 429 too many requests
                    out.println("stopped: the API refused request " + n);
                    return 1;
                }
            }
            if (!file.findings().isEmpty()) {
                out.println(file.findings().size() + " problems reading the file: validate it before sending");
            }
        }
        return 0;
    }
}
