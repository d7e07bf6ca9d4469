# storyshell lesson 2: how an ending is decided
# Forgive versus GET OUT: the same return, two replies. Then we splice one ending onto the other story.

set width 100
#=> width 100

# Three kinds of ending, each decided by one line. Read the deciding lines aloud.
endings
#=> forgive (2)
#=>   000_1661fa5d  HE HAD EVERYTHING – AND HE THREW IT AWAY
#=>     “Rebuilding trust is never simple.” (¶42)
#=>   002_b1ee88bc  My Boyfriend Left Me When I Refused To Abandon Our Daughter—Years Later, He Came Ba…
#=>     “And for once, I believed him.” (¶52)
#=>
#=> get-out (1)
#=>   003_3a1f6aef  My Husband Ended Our Marriage When I Wouldn’t Move for His Dream Job — One Year Lat…
#=>     “GET OUT,” I whispered, the words trembling with a ferocity I didn’t know I possessed. (¶45)
#=>
#=> moved-on (2)
#=>   001_85b50639  (untitled)
#=>     “I didn’t need closure.” (¶66)
#=>   004_566b912f  My Husband Left Me with Our Six-Year-Old When Our Business Failed – Three Years Lat…
#=>     “I didn’t need closure from John.” (¶73)

# 003 ends in rejection. Look at the confrontation: the plea, then the twist (the photo),
# then the reply. Where exactly does the story turn?
outline 003
#=> My Husband Ended Our Marriage When I Wouldn’t Move for His Dream Job — One Year Later, He Returned
#=> to My Door  [003_3a1f6aefeb39fc85]
#=>
#=> setup          ¶1–8    “It was the sound that killed us, killed me.”
#=>                        on stage: the narrator, the man I married, my mother
#=> departure      ¶9–9    “He packed his bags, his dream job briefcase, his entire future.”
#=>                        on stage: the narrator, the man I married
#=> struggle       ¶10–10  “The first few months were a blur of grief.”
#=>                        on stage: the narrator, the man I married, my mother, my friends
#=> rebuilding     ¶11–11  “I learned to breathe again.”
#=>                        on stage: the narrator, my mother
#=> return         ¶12–15  “The knock came at the door.”
#=>                        on stage: the narrator, the man I married
#=> confrontation  ¶16–45  “GET OUT,” I whispered, the words trembling with a ferocity I didn’t know I
#=>                        possessed.
#=>                        on stage: the narrator, the man I married, my mother
#=> resolution     ¶46–46  “His broken face, the silent confession, was the final, most brutal twist.”
#=>                        on stage: the man I married
#=>
#=> ending  get-out  decided in ¶45, confidence 0.92:
#=>         “GET OUT,” I whispered, the words trembling with a ferocity I didn’t know I possessed.
#=>         cues: scores: get-out 16.56, forgive 1.3, moved-on 0.0; get-out: said no (¶32, 2.12);
#=>               get-out: "get out" (¶45, 5.15); get-out: "don't come back" (¶45, 4.12); forgive:
#=>               healing together (¶24, 1.3)
#=>
#=> +0.14 │▃▄▅▆▆▇█████▇▇▆▆▆▇▂·····▁▁▁·····················▁▂▂▁▁···········▁▂▃▃▃▃▃▃▂▂▁···················
#=>       │██████████████████▃▂▅▇███████▇▃▁       ▁▂▃▄▅▆████████▇▆▆▅▅▅▆▇▇██████████████▇▆▅▅▄▃▂▁▁
#=>       │███████████████████████████████████▇▇█████████████████████████████████████████████████▇▇▆▆▅
#=>       │███████████████████████████████████████████████████████████████████████████████████████████
#=>       │███████████████████████████████████████████████████████████████████████████████████████████▆
#=> -0.75 │████████████████████████████████████████████████████████████████████████████████████████████▁
#=>       └┬───────────────┬─┬─┬─┬────────┬────────────────────────────────────────────────────────────┬
#=>        setup           dep reb        confront                                               resolve
#=>                          str return
#=> shape  riches to rags (fall)

# The arc makes the turn visible: hope rises in the plea and collapses at the photo.
arc 003 --height 8
#=> +0.14 │▁▂▄▅▆▇█████▇▆▆▅▅▇▁                                               ▁▁▂▂▁▁
#=>    0  │██████████████████··▂▅▆▆▆▆▆▆▆▄·············▁▃▅▆▇▇█▇▆▅▄▃▂▂▂▂▃▄▅▆▇█████████▇▆▅▄▃▂▁·············
#=>       │██████████████████▇▅██████████▇▄▃▃▂▂▂▂▃▄▅▆███████████████████████████████████████▇▆▅▄▃▂▁▁
#=>       │██████████████████████████████████████████████████████████████████████████████████████████▆
#=>       │███████████████████████████████████████████████████████████████████████████████████████████
#=>       │███████████████████████████████████████████████████████████████████████████████████████████▃
#=>       │████████████████████████████████████████████████████████████████████████████████████████████
#=> -0.75 │████████████████████████████████████████████████████████████████████████████████████████████▁
#=>       └┬───────────────┬─┬─┬─┬────────┬────────────────────────────────────────────────────────────┬
#=>        setup           dep reb        confront                                               resolve
#=>                          str return
#=> shape  riches to rags (fall)

# What does the partner actually say? Every quoted line, by speaker.
quotes 003
#=> ¶4   the man I marri…  If you loved me enough, [he’d said, his voice cold, devoid of the warmth I
#=>                        once knew,] you’d find a way.
#=> ¶7   the man I marri…  I’m going. With or without you.
#=> ¶9   the man I marri…  I hope you understand someday.
#=> ¶16  the man I marri…  Can I come in?
#=> ¶19  the man I marri…  I messed up, [he said, his voice breaking.] God, I messed up so badly.
#=> ¶21  the man I marri…  The dream job… it wasn’t what I thought. It was empty. All of it. The
#=>                        prestige, the money, it meant nothing without you. Without us. [He looked up,
#=>                        his eyes pleading.] I’ve been so miserable. I missed you every single day. I
#=>                        realize now… you were my dream. Not that stupid job. Please, can we… can we
#=>                        try again? I’ll do anything. I’ll stay here. I’ll help with your mom. Just…
#=>                        please.
#=> ¶23  the man I marri…  I don’t expect you to forgive me immediately, [he continued, his voice thick
#=>                        with emotion.] I just… I needed to tell you. I know I threw everything away.
#=>                        But I’m back. I want to fight for us. I want to earn your trust again. I sold
#=>                        everything there. I have nothing left but the hope that you might still be
#=>                        here for me. That you might still…
#=> ¶29  the narrator      What… what is that?
#=> ¶31  the man I marri…  It’s nothing,
#=> ¶32  the narrator      No, [I said, my voice gaining strength, each word a hammer blow against my
#=>                        chest.] It’s not nothing. That’s a baby.
#=> ¶35  the narrator      WHOSE BABY IS THAT?!
#=> ¶45  the narrator      GET OUT, [I whispered, the words trembling with a ferocity I didn’t know I
#=>                        possessed.] GET OUT OF MY HOUSE. AND DON’T EVER COME BACK.

# 002 ends in a partial second chance. Same return, different reply.
outline 002
#=> My Boyfriend Left Me When I Refused To Abandon Our Daughter—Years Later, He Came Back With Nothing
#=> Left To His Name  [002_b1ee88bcdbdb1831]
#=>
#=> setup          ¶1–8    “I hoped that holding her in his arms would melt whatever wall had built up
#=>                        around his heart.”
#=>                        on stage: the narrator, James, Ava
#=> departure      ¶9–9    “And just like that, he opened the door and left me standing there with a
#=>                        three-week-old baby and nowhere to go.”
#=>                        on stage: the narrator, James
#=> struggle       ¶10–10  “I was exhausted, but every time I looked at my daughter, I knew I’d made the
#=>                        right choice.”
#=>                        on stage: the narrator, Ava, my cousin, a friend from work
#=> rebuilding     ¶11–11  “Over the next few years, things slowly started to improve.”
#=>                        on stage: the narrator, Ava
#=> return         ¶12–12  “Then, out of nowhere—almost six years after he kicked us out—James showed up
#=>                        at the office where I worked.”
#=>                        on stage: the narrator, James
#=> confrontation  ¶13–57  “You don’t get to waltz back into her life because your world’s falling
#=>                        apart.
#=>                        on stage: the narrator, James, Ava, my boss, my business partner, his late
#=>                                  uncle
#=> resolution     ¶58–61  “Sometimes, people come back not for a second chance at love, but for a
#=>                        second chance at being better.”
#=>                        on stage: the narrator, James
#=>
#=> ending  forgive  decided in ¶52, confidence 0.73:
#=>         “And for once, I believed him.”
#=>         cues: scores: forgive 6.4, get-out 1.75, moved-on 1.13; get-out: no way back in (¶29, 1.75);
#=>               forgive: agreed (¶18, 1.04); forgive: believed them (¶52, 1.25); forgive: forgiveness
#=>               (¶54, 0.64); forgive: second chance (¶59, 1.36); forgive: forgiveness (¶60, 0.69);
#=>               forgive: second chance (¶61, 1.4); moved-on: distance (¶45, 1.13)
#=>
#=> +0.37 │                                                        ▂▃▄▃▂                           █▇▆▄▃
#=>       │            ▁                                        ▁▅██████▇▅▂                       ██████
#=>       │            █▄ ▆                                    ▅████████████▆▄▃▁▁                 ██████
#=>       │            ██▄█▇          ▁▁▂▂▁                  ▄█████████████████████▇▇▇▇▇▆▆▆▅▄▄▃▂▁▄██████
#=>       │    ▁▂▂▂▂▁▁▆█████▁▂▃▃▄▅▆▇████████▇▅▃▁          ▁▄████████████████████████████████████████████
#=> -0.06 │▄▅▇██████████████████████████████████▇▅▃▁▁▁▁▁▃▅██████████████████████████████████████████████
#=>       └┬───────────┬─┬┬─┬┬────────────────────────────────────────────────────────────────────┬─────
#=>        setup       dep  ret                                                                  resolve
#=>                      str confront
#=>                       reb
#=> shape  Cinderella (rise–fall–rise)
#=>        peak ¶9     “And just like that, he opened the door and left me standing there with a
#=>                    three-week-old baby and nowhere to go.”
#=>        trough ¶28  “I stared at him, unsure whether to be angry, sad, or just numb.”

# Now the remix: keep 002 up to the return, and give it a GET OUT.
# Watch the report: what was rewritten to fit James and Ava, and what had to be dropped.
splice 002 --ending get-out
#=> made 002+get-out: 002 ¶1–22 + built-in ending get-out-no-second-visit (get-out), 30 paragraphs
#=>   title: My Boyfriend Left Me When I Refused To Abandon Our Daughter—Years Later, He Came Back With Nothing Left To His Name (a remix: get-out ending)
#=>   note: 003 does not fit: it has no child
#=>   note: used the built-in ending get-out-no-second-visit
#=>   self-check: no warnings
#=>   rewrites:
#=>     {partner_noun} → boyfriend ×1 (slot)
#=>     {child} → Ava ×2 (slot)
#=>     {child_him} → her ×2 (slot)
#=>     {Child} → Ava ×1 (slot)
#=>     {child_has} → has ×1 (slot)
#=>     {Child_he} → She ×1 (slot)
#=>     {child_is} → is ×1 (slot)
#=>     {child_he} → she ×1 (slot)
#=>     {child_his} → her ×1 (slot)

# The remix is a story of the session: outline it like any other and compare the arcs.
outline 002+get-out
#=> My Boyfriend Left Me When I Refused To Abandon Our Daughter—Years Later, He Came Back With Nothing
#=> Left To His Name (a remix: get-out ending)  [002+get-out]
#=>
#=> setup          ¶1–8    “I hoped that holding her in his arms would melt whatever wall had built up
#=>                        around his heart.”
#=>                        on stage: the narrator, James, Ava
#=> departure      ¶9–9    “And just like that, he opened the door and left me standing there with a
#=>                        three-week-old baby and nowhere to go.”
#=>                        on stage: the narrator, James
#=> struggle       ¶10–10  “I was exhausted, but every time I looked at my daughter, I knew I’d made the
#=>                        right choice.”
#=>                        on stage: the narrator, Ava, my cousin, a friend from work
#=> rebuilding     ¶11–11  “Over the next few years, things slowly started to improve.”
#=>                        on stage: the narrator, Ava
#=> return         ¶12–12  “Then, out of nowhere—almost six years after he kicked us out—James showed up
#=>                        at the office where I worked.”
#=>                        on stage: the narrator, James
#=> confrontation  ¶13–27  “GET OUT of our lives.
#=>                        on stage: the narrator, James, Ava, my boss
#=> resolution     ¶28–30  “I walked past him, out into the street, and I did not turn around.”
#=>                        on stage: the narrator, James, Ava
#=>
#=> ending  get-out  decided in ¶27, confidence 0.73:
#=>         “GET OUT of our lives.
#=>         cues: scores: get-out 7.28, moved-on 1.96, forgive 1.3; get-out: "get out" (¶27, 4.75);
#=>               get-out: "don't come back" (¶27, 2.53); forgive: agreed (¶18, 1.3); moved-on: walked
#=>               past them (¶28, 1.96)
#=>
#=> +0.28 │                         ██    ▃▅
#=>       │                        ▂███▁ ▅██▃
#=>       │        ▁▃▄▃▃▂          █████▇████▁                ▁▂▃▄▄▄▅▄▄▄▄▃▃▂▁▁     ▁▂▃▃▄▄▄▄▄▃▃▁
#=>       │      ▄▆███████▆▄▂     ▅███████████ ▁▁▁▁▁▁▁▁▁▂▃▄▅▆██████████████████████████████████▆▃▁
#=>    0  │···▂▅██████████████▅▄▃▂██████████████████████████████████████████████████████████████████▇▇▆▆
#=> -0.14 │▁▃▆██████████████████████████████████████████████████████████████████████████████████████████
#=>       └┬────────────────────────┬───┬──┬──┬──┬───────────────────────────────────────────────┬──────
#=>        setup                    dep str   ret                                                resolve
#=>                                        reb   confront
#=> shape  Icarus (rise–fall)
#=>        peak ¶4     “Three days after we got home, he sat me down at the kitchen table and said
#=>                    something I’ll never forget.”

# And the other way round: 003 forgiven. There is no child in 003, so none may appear.
splice 003 --ending forgive
#=> made 003+forgive: 003 ¶1–16 + built-in ending forgive-kitchen-table (forgive), 24 paragraphs
#=>   title: My Husband Ended Our Marriage When I Wouldn’t Move for His Dream Job — One Year Later, He Returned to My Door (a remix: forgive ending)
#=>   note: 000 does not fit: it has a child
#=>   note: 002 does not fit: it has a child
#=>   note: used the built-in ending forgive-kitchen-table
#=>   self-check: no warnings
#=>   rewrites:
#=>     {partner_noun} → husband ×1 (slot)
