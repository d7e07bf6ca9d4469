import FuzzKit
import Foundation

#if STORYSHELL_LIBFUZZER
// Built by scripts/fuzz with -DSTORYSHELL_LIBFUZZER -sanitize=fuzzer,address: a libFuzzer
// target whose entry point, `FuzzCommand_main`, hands the command line to libFuzzer's driver.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.command(Data(bytes: data, count: size))
    return 0
}

@_cdecl("FuzzCommand_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
#else
/// Built normally, the target is a reproducer: `FuzzCommand FILE|FOLDER ...` runs each input once.
@main
enum FuzzCommandMain {
    static func main() {
        exit(FuzzTargets.reproduce(Array(CommandLine.arguments.dropFirst()), FuzzTargets.command))
    }
}
#endif
