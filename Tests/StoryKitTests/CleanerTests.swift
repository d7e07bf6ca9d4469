import Testing
@testable import StoryKit

@Suite struct MojibakeTests {
    @Test func repairsWindows874() {
        let (fixed, n) = MojibakeRepair.repair("youโ€™d see โ€œworkโ€ and everythingโ€”a home")
        #expect(fixed == "you’d see “work” and everything—a home")
        #expect(n == 4)
    }

    @Test func repairsLatin1() {
        #expect(MojibakeRepair.repair("It didnâ€™t matter. CafÃ©").text == "It didn’t matter. Café")
    }

    @Test func leavesCorrectTextAlone() {
        let samples = ["café—au lait", "He said “hi” — and left…", "naïve résumé", "สวัสดีครับ", "Ça va? Œuvre ™"]
        for s in samples { #expect(MojibakeRepair.repair(s).text == s) }
    }
}
