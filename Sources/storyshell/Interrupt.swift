import Foundation
import Synchronization

/// Placeholder until the libedit front end lands: SIGINT sets a flag long commands poll.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)
    static var requested: Bool { flag.load(ordering: .relaxed) }
    static func consume() -> Bool { flag.exchange(false, ordering: .relaxed) }
}
