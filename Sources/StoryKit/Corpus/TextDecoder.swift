import Foundation

/// Turns file bytes into story text, or says plainly why they are not a story.
public enum TextDecoder {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case empty
        case binary
        case invalidUTF8(offset: Int)
        case noText

        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary: return "binary file (it contains NUL bytes)"
            case .invalidUTF8(let offset): return "not valid UTF-8 (bad byte at offset \(offset))"
            case .noText: return "no text in it"
            }
        }
    }

    public static func decode(_ data: Data) -> Result<String, Problem> {
        if data.isEmpty { return .failure(.empty) }
        let bytes = [UInt8](data)
        // UTF-16 with a byte order mark: decode it rather than refuse it.
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            guard let s = String(data: data, encoding: little ? .utf16LittleEndian : .utf16BigEndian) ?? String(data: data, encoding: .utf16) else {
                return .failure(.invalidUTF8(offset: 0))
            }
            let text = s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s
            return text.isEmpty ? .failure(.noText) : .success(text)
        }
        if bytes.prefix(8192).contains(0) { return .failure(.binary) }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        // The standard library validates fast; the slow scan only runs to name the bad byte.
        guard let text = String(validating: bytes[start...], as: UTF8.self) else {
            return .failure(.invalidUTF8(offset: firstInvalidUTF8(bytes, from: start) ?? start))
        }
        if text.allSatisfy({ $0.isWhitespace }) { return .failure(.noText) }
        return .success(text)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        var offset = start
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += UTF8.width(s)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
