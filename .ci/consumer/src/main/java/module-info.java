/** A vendor's module: the README says each of the library's modules works on the module path. */
module example.consumer {
    requires dev.safeguarding.json;
}
