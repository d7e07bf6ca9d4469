import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StoryKit

@Suite struct ArcTests {
    private func near(_ a: Double, _ b: Double, _ tol: Double = 0.001) -> Bool { abs(a - b) <= tol }

    @Test func lexiconLoads() {
        #expect(VaderLexicon.shared.count > 7000)
        #expect(VaderLexicon.shared["good"] == 1.9)
        #expect(VaderLexicon.shared["bad"] == -2.5)
    }

    @Test func plainWordIsNormalised() {
        // 1.9 / sqrt(1.9² + 15)
        #expect(near(SentimentScorer.valence("The movie is good."), 0.4404))
    }

    @Test func negationFlips() {
        // 1.9 × -0.74 = -1.406 → normalised
        #expect(near(SentimentScorer.valence("The movie is not good."), -0.3412))
        #expect(near(SentimentScorer.valence("The movie isn't good."), -0.3412))
    }

    @Test func intensifierRaisesAndDampenerLowers() {
        #expect(near(SentimentScorer.valence("The movie is very good."), 0.4927))
        #expect(SentimentScorer.valence("The movie is barely good.") < SentimentScorer.valence("The movie is good."))
    }

    @Test func capsRaise() {
        #expect(near(SentimentScorer.valence("The movie is GOOD."), 0.5622))
    }

    @Test func butReweights() {
        // good × 0.5 + bad × 1.5 = 0.95 - 3.75 = -2.8 → normalised
        #expect(near(SentimentScorer.valence("The food is good but the service is bad."), -0.5859))
    }

    @Test func neutralIsZero() {
        #expect(SentimentScorer.valence("The table is in the kitchen.") == 0)
        #expect(SentimentScorer.valence("") == 0)
    }

    @Test func smoothingKeepsLengthAndStaysInRange() {
        let step = Array(repeating: -0.8, count: 10) + Array(repeating: 0.9, count: 10)
        let spike = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0.0]
        for raw in [step, spike, [0.5, -0.5, 0.5], [0.3]] {
            let s = ArcSmoother.smooth(raw)
            #expect(s.count == raw.count)
            #expect(s.allSatisfy { $0 >= raw.min()! - 1e-12 && $0 <= raw.max()! + 1e-12 })
        }
        let s = ArcSmoother.smooth(step)
        #expect(s.first! < -0.7 && s.last! > 0.8)       // no sag at the edges
        #expect(zip(s, s.dropFirst()).allSatisfy { $0 <= $1 + 1e-12 })   // a step stays monotone: no ringing
        #expect(ArcSmoother.smooth(step) == s)
    }

    @Test func arcOfASampleIsShapedAndDeterministic() throws {
        let doc = try StoryFixtures.sample("003_3a1f6aefeb39fc85")
        let arc = doc.arc
        #expect(arc.sentences.count == doc.segments.sentences.count)
        #expect(arc.paragraphs.count == doc.paragraphs.count)
        #expect(arc.smoothed.count == doc.paragraphs.count)
        #expect(arc.beats.map(\.beat) == doc.structure.beats.map(\.kind))
        #expect(arc.smoothed.allSatisfy { $0 >= arc.paragraphs.min()! && $0 <= arc.paragraphs.max()! })
        // The get-out story ends darker than it begins.
        #expect(arc.beats.last!.valence < arc.beats.first!.valence)
        let again = ArcAnalyzer.analyze(try StoryFixtures.sample("003_3a1f6aefeb39fc85"))
        #expect(again == arc)
    }

    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var elements: [String] = []
        var current = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
            current = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            texts.append(current)
            current = ""
        }
    }

    private func parse(_ svg: String) -> (Bool, Collector) {
        let parser = XMLParser(data: Data(svg.utf8))
        let c = Collector()
        parser.delegate = c
        return (parser.parse(), c)
    }

    @Test func arcSVGParsesAndLabelsBeats() throws {
        let doc = try StoryFixtures.sample("001_85b50639a9e9b07c")
        let svg = ArcSVG.render(doc: doc)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("viewBox=\"0 0 720 300\""))
        let (ok, c) = parse(svg)
        #expect(ok)
        #expect(c.elements.contains("polyline") && c.elements.contains("title") && c.elements.contains("line"))
        for b in doc.structure.beats { #expect(c.texts.contains(b.kind.rawValue)) }
    }

    @Test func svgEscapesText() {
        let doc = StoryDocument(id: "a<b>&\"c\"", file: nil, text: "He left & I said <no>.\nThen I was happy.")
        let (ok, _) = parse(ArcSVG.render(doc: doc, width: 300, height: 120))
        #expect(ok)
        let (ok2, _) = parse(OutlineSVG.render(doc: doc))
        #expect(ok2)
    }

    @Test func outlineSVGParses() throws {
        let doc = try StoryFixtures.sample("000_1661fa5dc613d596")
        let (ok, c) = parse(OutlineSVG.render(doc: doc))
        #expect(ok)
        #expect(c.texts.contains("confrontation"))
    }
}
