import Dispatch

/// `map` over 0..<count on every core, results in order.
public enum ParallelMap {
    public static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, transform(i)) }
        return slots.values
    }

    /// Raw storage, so that threads writing different slots never touch a shared Swift
    /// property (an Array would be one, and its exclusivity checks would trap). Each index is
    /// written by exactly one iteration and read only after `concurrentPerform` returns.
    private final class Slots<T>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<T?>
        private let count: Int
        init(count: Int) {
            self.count = count
            base = .allocate(capacity: max(count, 1))
            base.initialize(repeating: nil, count: count)
        }
        func set(_ i: Int, _ value: T) { base[i] = value }
        var values: [T] { (0..<count).map { base[$0]! } }
        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }
}
