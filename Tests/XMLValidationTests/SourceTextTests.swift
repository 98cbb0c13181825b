import Testing
@testable import XMLValidation

/// `SourceText`'s line table (memchr for pages without CR) gives the line starts of the byte loop it replaced.
@Suite struct SourceTextTests {
    /// The byte loop: LF, CRLF and a lone CR each end a line.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if bytes[index] == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    @Test func lineStartsMatchTheByteLoop() {
        var samples: [[UInt8]] = [[], Array("\n".utf8), Array("a".utf8), Array("a\n".utf8), Array("\n\n".utf8),
                                  Array("a\r\nb".utf8), Array("a\rb\n".utf8), Array("é\nø\n\n".utf8)]
        var state: UInt64 = 3
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state % 300)
            samples.append((0..<length).map { offset in
                let pick = (state >> UInt64(offset % 56)) &+ UInt64(offset) &* 2_654_435_761
                return [UInt8(ascii: "a"), UInt8(ascii: "\n"), UInt8(ascii: "<"), 0xC3, 0xA9, UInt8(ascii: " ")][Int(pick % 6)]
            } + (state & 8 == 0 ? [] : [UInt8(ascii: "\r")]))
        }
        for bytes in samples {
            #expect(SourceText(bytes).lineStarts == Self.lineStarts(bytes), "\(bytes)")
        }
    }
}
