// libFuzzer entry point for the JSON parser (issue 10, point 17). Compiled together with the sources of
// the Foundation-free target Sources/LicenseReportCore by Fuzz/run-json-fuzzer.sh, outside the package:
// `swiftc -sanitize=fuzzer,address -parse-as-library`.
//
// The parser's contract is valid UTF-8 (the loaders check it first), so each input is made valid UTF-8
// (invalid sequences become U+FFFD) before it is parsed. The parser must not crash (the address sanitizer
// catches memory errors, Swift traps catch overflows and bad indexes) nor hang (libFuzzer's -timeout), and
// must keep the promises of `JSONParser.brokenPromise` (errors inside the input, `streamArray` agreeing
// with `parse`, bounded strings and depth, values that write out and parse back); a broken one traps,
// and libFuzzer saves the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonParserFuzzTest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Array(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self).utf8)
    if let problem = text.withUnsafeBufferPointer({ JSONParser.brokenPromise($0) }) {
        preconditionFailure("broken promise: \(problem)")
    }
    return 0
}
