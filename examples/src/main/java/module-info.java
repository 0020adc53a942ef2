/** The tour of the library and other runnable examples; not published. */
module dev.safeguarding.examples {
    requires dev.safeguarding.json;
    requires jakarta.validation;
    // CscApiExample sends the DfE CSC API payload with the JDK's HttpClient (the library holds none)
    requires java.net.http;
}
