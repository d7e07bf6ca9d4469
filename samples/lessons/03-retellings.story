# storyshell lesson 3: retellings
# Stories 001 and 004 are the same story told twice. What does the second telling change, and why?

set width 100
#=> width 100

# `stories` marks 004 as a retelling of 001 (≈001).
stories
#=> #  id                    words   ¶  ending    title
#=> 1  000_1661fa5dc613d596   1280  44  forgive   HE HAD EVERYTHING – AND HE THREW IT AWAY
#=> 2  001_85b50639a9e9b07c   1374  66  moved-on  (untitled)
#=> 3  002_b1ee88bcdbdb1831   1520  61  forgive   My Boyfriend Left Me When I Refused To Abandon Our Da…
#=> 4  003_3a1f6aefeb39fc85   1496  46  get-out   My Husband Ended Our Marriage When I Wouldn’t Move fo…
#=> 5  004_566b912faf19f620   1388  73  moved-on  ≈001 My Husband Left Me with Our Six-Year-Old When Ou…

# Paragraph by paragraph: = kept, ~ reworded, − dropped, + added.
# Ask: what did the retelling add at the very start, and what does that do to the opening?
compare 001 004 --changes
#=> 001_85b50639a9e9b07c ↔ 004_566b912faf19f620  word overlap 71%
#=> 13 same · 45 reworded · 8 only in 001_85b50639 · 15 only in 004_566b912f
#=>
#=>                                                  + ¶1   Our café closed on a Tuesday.
#=> ¶1   My husband walked out when our café failed… −
#=> ¶2   It was a Tuesday. Not with yelling, not wi… ~ ¶2   Not with yelling or drama. Just a quiet cl…
#=>                                                  + ¶4   I called it abandonment.
#=> ¶4   That night, he drove home in silence. His … ~ ¶5   That night, he drove home in silence. Hand…
#=> ¶5   Our son, Colin, was asleep when we arrived… ~ ¶6   Our six-year-old son, Colin, was already a…
#=> ¶6   “We’ll figure it out,” I said, my voice tr… ~ ¶7   “We’ll figure it out,” I said, even though…
#=> ¶7   He didn’t turn to face me. “I need space,”… ~ ¶8   He didn’t turn. “I need space.”
#=> ¶10  I wanted to scream. I wanted to yell that … ~ ¶11  I wanted to scream that I was suffocating …
#=>                                                  + ¶12  “How much space?” I asked.
#=> ¶11  “Maybe a few weeks… a month. I’ll stay wit… ~ ¶13  “A few weeks. Maybe a month. I’ll stay wit…
#=> ¶12  That night, he packed a bag. He kissed Col… ~ ¶14  That night, he packed a bag. He kissed Col…
#=> ¶13  The weeks stretched into silence. No calls… ~ ¶15  Weeks turned into months. Silence. No call…
#=> ¶14  Colin began asking questions I couldn’t an… ~ ¶16  Colin started asking questions I couldn’t …
#=> ¶18  At first, I made excuses. “Work trip. Help… ~ ¶20  I made excuses at first. “Work trip. Helpi…
#=> ¶19  Then a neighbor stopped me at the mailbox … ~ ¶21  Then a neighbor stopped me one afternoon a…
#=>                                                  + ¶25  My hands went numb.
#=> ¶23  My hands went numb. The “friend” wasn’t Da… ~ ¶26  The “friend” wasn’t Dave. It was his mistr…
#=> ¶24  I learned to cry silently after Colin went… ~ ¶27  I learned to cry silently after Colin went…
#=>                                                  + ¶28  The first year was about survival.
#=> ¶25  The first year was survival. I sold our co… ~ ¶29  I sold our couch, the dining table, even t…
#=> ¶26  Bills came in waves: utilities, rent, the … ~ ¶30  Some mornings, I’d wake up and, just for a…
#=> ¶27  Colin started first grade. I packed his lu… ~ ¶31  Colin started first grade. I packed his lu…
#=> ¶28  John never called. Never sent money. Never… ~ ¶32  John never called. Never sent money. Never…
#=> ¶29  One night, Colin climbed into my bed, clut… ~ ¶33  One night, Colin crawled into my bed, stuf…
#=> ¶30  I held him tight, arms aching. “Of course … ~ ¶34  I held him so tight my arms ached. “Of cou…
#=> ¶31  But I didn’t believe it. And I don’t think… ~ ¶35  But I didn’t believe it anymore. And I don…
#=> ¶32  The nights were the hardest. After Colin s… ~ ¶36  The nights were hardest. After Colin fell …
#=> ¶33  But the thing about breaking? Eventually, … −
#=> ¶34  By the second year, things shifted. Not wi… ~ ¶37  By the second year, things began to shift.…
#=> ¶35  By the third year, I could breathe again. … ~ ¶38  By the third year, I could breathe again. …
#=> ¶36  I thought I’d closed that chapter.          −
#=> ¶37  Then, at a used car dealership, I saw him.  ~ ¶39  Then I walked into the car dealership.
#=> ¶38  I was signing papers for a sedan I could f… ~ ¶40  I was signing the paperwork for a used sed…
#=> ¶39  It was John.                                ~ ¶41  John.
#=> ¶40  I looked away politely, then caught sight … ~ ¶42  I looked away politely. Then looked again.…
#=>                                                  + ¶43  My first instinct was to leave. Fast. Sign…
#=> ¶41  But our eyes met.                           ~ ¶44  But he looked up. Our eyes met.
#=> ¶42  He wiped his eyes with the back of his han… ~ ¶45  He wiped his eyes with the back of his han…
#=>                                                  + ¶46  I didn’t respond. I just waited.
#=> ¶43  I stayed silent. He ran a hand through his… −
#=> ¶44  “I knew you’d be here,” he said. “I’ve… I’… ~ ¶47  “I knew you’d be here,” he said. “I’ve bee…
#=> ¶46  “I’ve been watching from a distance,” he c… ~ ¶49  “I’ve been watching from a distance for a …
#=>                                                  + ¶50  “So talk.”
#=> ¶47  “Then talk,” I said.                        −
#=> ¶48  His voice broke. “Everything fell apart. S… ~ ¶51  He blinked, like he’d expected me to yell.…
#=>                                                  + ¶52  His laugh was bitter. “Ironic, right?”
#=>                                                  + ¶53  I didn’t respond.
#=> ¶49  “I’ve been sleeping in my car for two week… ~ ¶54  “I’ve been sleeping in my car for two week…
#=>                                                  + ¶55  All I could think about was Colin wobbling…
#=> ¶50  All I could think of was Colin, wobbling o… −
#=> ¶51  “Colin learned how to ride a bike,” I said… ~ ¶56  “Colin learned how to ride a bike,” I said.
#=> ¶52  His face lit up slightly, a reflexive smil… ~ ¶57  His face softened, a small smile flickerin…
#=> ¶53  “Last summer. Without training wheels.”     ~ ¶58  “Last summer. Without training wheels. No …
#=>                                                  + ¶59  His smile faded. The weight of every misse…
#=> ¶54  His smile faded. He realized he hadn’t bee… −
#=> ¶57  “I have to go,” I said, picking up the fol… ~ ¶62  “I have to go,” I said, grabbing the folde…
#=>                                                  + ¶63  He hesitated. Then voice breaking: “Can I……
#=>                                                  + ¶64  I looked at him long and hard. The man who…
#=> ¶58  I walked past him toward my car. He didn’t… −
#=> ¶59  I sat in the driver’s seat, looked in the … ~ ¶65  I walked past him, unlocked my car, and gl…
#=> ¶60  I realized something unexpected: not anger… ~ ¶66  Life didn’t punish him for leaving. It jus…
#=> ¶61  Colin and I had rebuilt. Movie nights, ins… ~ ¶67  Colin and I had rebuilt. Movie nights wher…
#=> ¶62  That night, at our small kitchen table, Co… ~ ¶68  That night, as we ate dinner at our small …
#=> ¶64  “Can we go for a drive tomorrow, Mom?” he … ~ ¶70  “Can we go for a drive tomorrow, Mom?”
#=>                                                  + ¶71  “Absolutely, sweetie.”
#=> ¶65  “Absolutely, sweetie,” I said, feeling tha… ~ ¶72  He went back to his pasta, chattering abou…
#=> ¶66  I didn’t need closure. I didn’t need an ap… ~ ¶73  I didn’t need closure from John. I didn’t …

# Same cast? Same roles? Look for what the second telling names that the first did not.
characters 001
#=> character                   role      gender  mentions  quotes  first  aliases
#=> Laura                       narrator  female        79      14  ¶1     Mom
#=> John                        leaver    male          69      10  ¶1     my husband, Daddy
#=> Colin                       child     male          33       7  ¶1     our six-year-old son, our so…
#=> Dave                        other     male           4       0  ¶11    my buddy
#=> a neighbor                  helper    female         7       2  ¶19
#=> the woman he's been seeing  rival     female         2       0  ¶22    a mistress
#=> a part-time nanny           helper    –              1       0  ¶25
characters 004
#=> character                   role      gender  mentions  quotes  first  aliases
#=> Laura                       narrator  female        79      15  ¶4     Mom
#=> John                        leaver    male          61      12  ¶3     My Husband, Daddy
#=> Colin                       child     male          38       6  ¶6     our six-year-old son, his so…
#=> Dave                        other     male           4       0  ¶13    my buddy
#=> a neighbor                  helper    female         6       2  ¶21
#=> the woman he's been seeing  rival     female         2       0  ¶24    his mistress
#=> a part-time nanny           helper    –              1       0  ¶29

# Does the skeleton move? Compare where each beat starts.
outline 001
#=> (untitled)  [001_85b50639a9e9b07c]
#=>
#=> setup          ¶1–11   “We’ll figure it out,” I said, my voice trembling, though I had no idea how.
#=>                        on stage: Laura, John, Colin, Dave
#=> departure      ¶12–12  “That night, he packed a bag.”
#=>                        on stage: Laura, John, Colin
#=> struggle       ¶13–32  “Someone who didn’t come with debt or a crying child or the weight of
#=>                        failure.”
#=>                        on stage: Laura, John, Colin, Dave, a neighbor, the woman he's been seeing, a
#=>                                  part-time nanny
#=> rebuilding     ¶33–36  “I got a better job.”
#=>                        on stage: Laura, Colin
#=> return         ¶37–37  “Then, at a used car dealership, I saw him.”
#=>                        on stage: Laura, Colin
#=> confrontation  ¶38–65  “Sign, grab the keys, get out.”
#=>                        on stage: Laura, John, Colin
#=> resolution     ¶66–66  “I didn’t need closure.”
#=>                        on stage: Laura
#=>
#=> ending  moved-on  decided in ¶66, confidence 0.98:
#=>         “I didn’t need closure.”
#=>         cues: scores: moved-on 19.23, get-out 0.4, forgive 0.0; get-out: get out (¶40, 0.4);
#=>               moved-on: not my decision (¶57, 1.15); moved-on: walked past them (¶58, 1.76);
#=>               moved-on: distance (¶60, 1.23); moved-on: without them (¶60, 1.23); moved-on: a life
#=>               of our own (¶61, 1.26); moved-on: peace (¶65, 0.68); moved-on: didn't need them (¶66,
#=>               2.8); moved-on: closure (¶66, 2.09); moved-on: moved on (¶66, 4.19)
#=>
#=> +0.29 │                                                                                       ▁▃▆█▅
#=>       │                                                                                   ▁▃▅▇█████▂
#=>       │                                                         ▁▂▂▂▂▂▁▁▁▁▁▂▃▄▅▆▆▇▇▆▆▆▆▆▇███████████
#=>    0  │···············▄··················▁▂▂▃▃▄▄▄▄▄▃▄▄▄▅▅▄▃▅▆▇██████████████████████████████████████
#=>       │▁▂▂▃▃▃▄▄▄▅▅▆▇████         ▁▂▃▄▅▆▇████████████████████████████████████████████████████████████
#=> -0.18 │█████████████████▁▁▁▁▂▃▅▆▇███████████████████████████████████████████████████████████████████
#=>       └┬───────────────┬┬───────────────────────────┬─────┬┬───────────────────────────────────────┬
#=>        setup           dep                          reb   ret                                resolve
#=>                         struggle                           confront
#=> shape  rags to riches (rise)
outline 004
#=> My Husband Left Me with Our Six-Year-Old When Our Business Failed – Three Years Later, I Ran into
#=> Him at a Car Dealership, and He Was in Tears  [004_566b912faf19f620]
#=>
#=> setup          ¶1–13   “I called it abandonment.”
#=>                        on stage: Laura, John, Colin, Dave
#=> departure      ¶14–14  “That night, he packed a bag.”
#=>                        on stage: Laura, John, Colin
#=> struggle       ¶15–28  “Someone he’d met months before at the café, someone without debts, without a
#=>                        crying child, without the weight of failure.”
#=>                        on stage: Laura, John, Colin, Dave, a neighbor, the woman he's been seeing
#=> rebuilding     ¶29–39  “I got a better job.”
#=>                        on stage: Laura, John, Colin, a part-time nanny
#=> return         ¶40–40  “That’s when I saw him, hunched over in the waiting area, elbows on knees,
#=>                        face buried in his hands, shoulders shaking.”
#=>                        on stage: Laura, Colin
#=> confrontation  ¶41–64  “Sign, grab the keys, get out before he saw me.”
#=>                        on stage: Laura, John, Colin
#=> resolution     ¶65–73  “I didn’t need closure from John.”
#=>                        on stage: Laura, John, Colin
#=>
#=> ending  moved-on  decided in ¶73, confidence 0.98:
#=>         “I didn’t need closure from John.”
#=>         cues: scores: moved-on 16.8, get-out 0.4, forgive 0.0; get-out: get out (¶43, 0.4);
#=>               moved-on: not my decision (¶64, 1.18); moved-on: walked past them (¶65, 1.8);
#=>               moved-on: without them (¶66, 1.23); moved-on: peace (¶72, 0.68); moved-on: didn't need
#=>               them (¶73, 2.8); moved-on: closure (¶73, 2.09); moved-on: moved on (¶73, 4.19)
#=>
#=> +0.15 │                                                                                  ▄▅▅▆▇▇█████
#=>       │                                     ▁▁▁▁▁          ▁▁▁▂▂▂▁▁▁        ▁▁▂▃▃▃▂▁    ▁███████████
#=>    0  │················▅▁··················████████▇▇▆▆▆▂·▇███████████▇▇▇▇▇██████████▇▅▃████████████
#=>       │▇▆▆▆▆▅▅▅▅▆▆▆▆▆▆▆██               ▁▂███████████████▄██████████████████████████████████████████
#=>       │██████████████████           ▁▃▅▇████████████████████████████████████████████████████████████
#=> -0.18 │██████████████████▁▁▁▁▁▁▂▃▄▆▇████████████████████████████████████████████████████████████████
#=>       └┬────────────────┬┬─────────────────┬─────────────┬┬──────────────────────────────┬──────────
#=>        setup            dep                rebuild       ret                             resolve
#=>                          struggle                         confront
#=> shape  man in a hole (fall–rise)
#=>        trough ¶17  “Is Daddy mad at me?”

# The endings are both "moved on", but the deciding lines differ. Which is stronger?
find "moved on"
#=> 000_1661fa5d ¶14  hen I realized that life had already moved on, and I hadn’t yet caught up.
#=> 001_85b50639 ¶66  ure. I didn’t need an apology. I had moved on. And it was the sweetest kind of vic
#=> 004_566b912f ¶73  lanation, or a reason. I had already moved on. And that, I realized, was the best 
#=> 3 matches
