extension UnsafeBufferPointer {
    /// A copy of `array` in storage that is never freed: for the process-wide tables (word
    /// tables, compiled cues), which every thread reads, so that reading them touches no
    /// reference count (refcount writes on shared data make cores fight over its cache line).
    static func kept(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let p = UnsafeMutableBufferPointer<Element>.allocate(capacity: Swift.max(array.count, 1))
        _ = p.initialize(from: array)
        return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(p)[0..<array.count])
    }
}
