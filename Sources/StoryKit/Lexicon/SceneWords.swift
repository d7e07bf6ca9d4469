/// Where a return happens, in words (`Scene`): the place and the medium a passage names, lower
/// case. A splice keeps to the recipient's scene, and its self-check flags what contradicts it.
enum SceneWords {
    /// Words that put the narrator and the leaver in a scene, weighed by how sure they are.
    static let cues: [Scene: [(String, Int)]] = [
        .home: [("porch", 3), ("doorstep", 3), ("doorway", 3), ("front door", 3), ("doorbell", 3), ("knock", 2), ("knocked", 2),
                ("living room", 2), ("my house", 2), ("our house", 2), ("my door", 3), ("the door", 1), ("hallway", 2),
                ("the stairs", 2), ("my kitchen", 2), ("let him in", 3), ("let her in", 3), ("come in", 2), ("our home", 1),
                ("driveway", 2), ("front steps", 3), ("gate", 1)],
        .out: [("café", 3), ("cafe", 3), ("coffee shop", 3), ("restaurant", 3), ("diner", 3), ("waitress", 2), ("waiter", 2),
               ("barista", 3), ("street", 2), ("sidewalk", 3), ("parking lot", 3), ("car park", 3), ("hospital", 3), ("waiting area", 3),
               ("waiting room", 3), ("nurse", 2), ("clinic", 3), ("office", 2), ("reception", 2), ("my desk", 2), ("workplace", 3),
               ("lobby", 2), ("store", 2), ("supermarket", 3), ("grocery", 2), ("dealership", 3), ("mailboxes", 3), ("station", 2),
               ("platform", 2), ("gym", 2), ("bus stop", 3), ("school gate", 2), ("counter", 1)],
        .remote: [("phone call", 3), ("the phone", 2), ("phone rang", 3), ("called me", 2), ("his voice on", 3), ("her voice on", 3),
                  ("the line", 2), ("voicemail", 3), ("letter", 3), ("envelope", 3), ("email", 3), ("text message", 3),
                  ("hung up", 3), ("unknown number", 3), ("message", 1)],
    ]

    /// Words that only fit a scene where the two stand face to face at the narrator's home, or
    /// face to face at all: what contradicts a return elsewhere.
    static let presence: [Scene: [String]] = [
        .home: ["porch", "doorstep", "doorway", "front door", "my door", "living room", "hallway", "the stairs", "stairs behind me",
                "my house", "in my home", "let him in", "let her in", "turned the lock", "shut the door", "closed the door", "front steps",
                "down the steps", "down the path"],
        .out: ["café", "cafe", "coffee shop", "restaurant", "diner", "waitress", "waiter", "barista", "sidewalk", "parking lot",
               "hospital", "waiting room", "waiting area", "nurse", "clinic", "my desk", "lobby", "dealership", "across the table"],
        .remote: ["hung up", "on the line", "the phone", "voicemail", "the letter", "envelope", "his voice on", "her voice on"],
    ]

    /// What a face-to-face scene takes for granted, which a phone call or a letter contradicts.
    static let faceToFace = ["reached for my arm", "stepped back", "stood there", "walked away", "walked down", "looked at him", "looked at her",
                             "his face", "her face", "his eyes", "her eyes", "his hands", "her hands", "pulled me", "hugged"]

    /// The words of a call, and of writing: the medium of a remote return.
    static let voiceWords = ["phone call", "the phone", "phone rang", "called me", "his voice on", "her voice on", "the line", "voicemail",
                             "hung up", "unknown number", "on the line", "end of the line", "hear him breathing", "hear her breathing"]
    static let writingWords = ["letter", "envelope", "email", "e-mail", "text message", "texted", "a text", "message", "wrote", "note"]

    /// Heard, not read: what cannot follow a return in writing ("I could hear him breathing"),
    /// in the order the self-check reports them.
    static let callOnly = ["on the line", "end of the line", "hung up", "hear him breathing", "hear her breathing", "his voice on", "her voice on"]

    /// Openings of a paragraph that moves on in time or place ("That night", "At home", "Weeks later").
    static let shifts = ["that night", "that evening", "later", "the next", "weeks later", "months later", "a year later", "at home",
                         "when i got home", "on sunday", "on saturday", "the following", "years later", "it did not happen that night",
                         "we started", "these days", "now,", "today", "over the next"]
}
