# storyshell lesson 1: the shared skeleton
# Five stories from five writers, one skeleton. Run it with `lesson samples/lessons/01-shared-skeleton.story`,
# or check that it still tells the truth with `storyshell --check samples/lessons/01-shared-skeleton.story`.

# Lay the output out for the projector: the same width on every screen.
set width 100
#=> width 100

# Start with the corpus. Ask the class: what do the titles already promise?
# Note the ≈ mark: story 5 retells story 2 (lesson 3 comes back to it).
stories
#=> #  id                    words   ¶  ending    title
#=> 1  000_1661fa5dc613d596   1280  44  forgive   HE HAD EVERYTHING – AND HE THREW IT AWAY
#=> 2  001_85b50639a9e9b07c   1374  66  moved-on  (untitled)
#=> 3  002_b1ee88bcdbdb1831   1520  61  forgive   My Boyfriend Left Me When I Refused To Abandon Our Da…
#=> 4  003_3a1f6aefeb39fc85   1496  46  get-out   My Husband Ended Our Marriage When I Wouldn’t Move fo…
#=> 5  004_566b912faf19f620   1388  73  moved-on  ≈001 My Husband Left Me with Our Six-Year-Old When Ou…

# The skeleton at a glance: one column per story, one row per beat.
# Every story has a departure, a return and a confrontation; count the ones without rebuilding.
# The sign after each range is the beat's mood: + warmer, − darker.
outline all
#=>               000_1661fa5dc61  001_85b50639a9e  002_b1ee88bcdbd  003_3a1f6aefeb3  004_566b912faf1
#=>               HE HAD EVERYTH…  (untitled)       My Boyfriend L…  My Husband End…  My Husband Lef…
#=> setup         ¶1–12 =          ¶1–11 −          ¶1–8 =           ¶1–8 +           ¶1–13 =
#=> departure     ¶13–15 −         ¶12–12 =         ¶9–9 +           ¶9–9 +           ¶14–14 +
#=> struggle      ¶16–16 +         ¶13–32 −         ¶10–10 +         ¶10–10 −         ¶15–28 −
#=> rebuilding    ·                ¶33–36 =         ¶11–11 +         ¶11–11 =         ¶29–39 =
#=> return        ¶17–18 =         ¶37–37 =         ¶12–12 =         ¶12–15 =         ¶40–40 −
#=> confrontation ¶19–41 −         ¶38–65 +         ¶13–57 +         ¶16–45 −         ¶41–64 =
#=> resolution    ¶42–44 +         ¶66–66 +         ¶58–61 +         ¶46–46 −         ¶65–73 +
#=> ending        forgive          moved-on         forgive          get-out          moved-on
#=> arc           ▄▄▃▃▂▄▃▂▁▁▂▂▂▃█  ▃▃▄▁▃▄▅▅▅▆▆▇▇██  ▁▂▄▃▄▃▁▂▆█▆▅▅▄█  ▇██▇▇▆▆▇▇▇▇▇▆▆▁  ▄▄▄▁▂▃▆▅▆▆▅▆▅██
#=> shape         man in a hole    rags to riches   Cinderella       riches to rags   man in a hole
#=> ¶first–last of each beat; + − = its mood; · the story has no such beat

# Zoom into one story. Read the key sentence of each beat aloud, in order:
# does the outline alone tell the story?
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

# Who carries the story? The narrator, the partner who leaves, the child who stays.
# Ask: which stories never name the partner, and what does that do to the reader?
characters all
#=> story         narrator     leaver       child        rival         helper        family        other
#=> 000_1661fa5d  Anne         Jake         our daught…  –             –             his family    –
#=> 001_85b50639  Laura        John         Colin        the woman h…  a neighbor,…  –             Dave
#=> 002_b1ee88bc  the narrat…  James        Ava          –             my cousin, …  his late un…  my b…
#=> 003_3a1f6aef  the narrat…  the man I …  –            –             my friends    my mother     –
#=> 004_566b912f  Laura        John         Colin        the woman h…  a neighbor,…  –             Dave

# The return is the hinge of the genre. Find the moment each partner comes back.
find "came back"
#=> 002_b1ee88bc ¶61  ld you do if someone from your past came back asking for a second chance—not for 
#=> 003_3a1f6aef ¶39                          And he only came back because that new family, and that n
#=> 2 matches
