import Synchronization

/// One annotation layer of a document: computed on first use, then cached.
///
/// The lock is held while computing, so two threads asking for the same layer never compute
/// it twice. Layers form a DAG (cleaning → segmentation → cast → structure), so a pass that
/// reads an earlier layer of its own document never waits on itself.
final class Layer<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)

    init(_ value: Value? = nil) { slot.withLock { $0 = value } }

    func value(_ compute: () -> Value) -> Value {
        slot.withLock { cached in
            if let cached { return cached }
            let fresh = compute()
            cached = fresh
            return fresh
        }
    }

    var isComputed: Bool { slot.withLock { $0 != nil } }

    /// Drops the value, for a layer that is scratch between passes rather than kept.
    func release() { slot.withLock { $0 = nil } }
}
