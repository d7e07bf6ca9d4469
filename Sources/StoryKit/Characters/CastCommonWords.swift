/// Lowercase words common in the stories this tool reads (every word in at least 1 % of a
/// 10,000-story sample), for `CastSharedWords`. Only a cache: a word missing here is simply
/// numbered per story, so the list changes speed, never output.
enum CastCommonWords {
    static let text = """
        a aaron abandon abandoned abandonment abigail able about above absence absolutely ache ached aching
        across actions actually ada adam added addison addressed adored adrian adventures afar afford after
        afternoon afterward again against ago agreed ahead ailing air alan alex alice alicia all allison
        almost alone aloud already also always amanda amber ambition amelia amy an and anderson andrea
        andrew angela anger angry animal animals anna anne another answer answered answers anthony any
        anymore anything anywhere apart apartment apologies apology apple appointments approach aquarium arc
        are area aren't arguing arguments ariana arms around arrived as ashes ashley aside ask asked asking
        asleep at ate attempt attempts attending aubrey audrey aunt austin ava away awkwardly baby back
        badly bag bags bake bakery barely be beach beaming bear beat beatrice beautiful became because
        become bed bedtime been before began begged beginning behind being believe believed bella ben bench
        benjamin beside best beth betrayal better between big bike bills birth birthday bitter blake blanket
        blankets bled blinked blood blow blur body bonded bone bookkeeping books bookshop booster born boss
        both bought bouquet bowed box boxes boy boyfriend brandon breadcrumbs break breaking breaks breath
        breathe breathing brenda brian brianna brick briefcase brighten brightly broke broken brooke brought
        brutal buddy build built buried burned burning business but butter by caf caleb call called calling
        calls calm came camila can can't capture car card care carefully caregiver caring carl carla
        caroline carter cartoons catherine caught cent certified chance chances change changed chaos chapter
        charles charlotte chat chatted chattering checked chest chewing chickening child childhood children
        chloe choice choose chose chosen chris christian christmas city claire clara clarity class cleaning
        clear clearly clenched click clicked climbed clipped closed closure clothes clutched clutching
        co-signed coats coffee cold colder colin color colors come comes coming comments community
        compliment compromise confession confirmed conflicted confused confusion connection connor
        consequences consolation constant constructed continued convention cookies cora corner couch couches
        could could've couldn couldn't counter counting country couple couples course courses cousin
        cousin's coward cozy cracks crashed crashing crawled creased credit credit's creepy crossed cruel
        crumble crumpled crushed cry crying cup curiosity curled curling current customers cut d dad daddy
        daisy dana dangerous daniel dark daughter daughter's david day days deafening dealership debt debts
        decide decision decisions deep deeper delivered demanded depended derek deserve deserved deserves
        desks desolation desperate destroyed detached devastated devoid diana did didn didn't different
        diner dining dinner disappear disappearance dishes disheveled distance do doctor's doctors does
        doesn doesn't dog dogs doing dollar don don't donate donated done door doors down dragging drained
        drama drawing dread dream dreaming dreams drive driver's drop drove drowning during dylan each
        eagerly earn easily easy echo echoes echoing edge edward eerily effort either elbows elderly eleanor
        elena elephant eli elijah eliza ella ellie else emerge emily emma emotion emotional emotions empty
        end ended ending engine enjoyed enough entire entrance envelope eric erin escaping estate ethan eva
        evan evelyn even evening events eventually ever every everyday everything ex-husband ex-wife
        exchanging excitement excuses exhausted exhaustion exist expect expectation expected expecting
        expense explain explained explanation expression extra eyebrow eyes facade face faded failed failure
        faint fair faith fall fallen falling familiar family fanfare fantasized farmers fast faster father
        father's favorite fear fearing feel feeling feels feet fell felt ferocity festering few fight figure
        filled filling final finally find fine fiona fireworks firm first flashy flickering flinch flinched
        flooding floor flower flowers focus focused folder follow followed following fond food fools for
        forehead forget forgetting forgive forgiveness forgotten form forward found four fragile fragility
        frank freedom freelance fresh friend friends from froze frozen frustration full fully functional
        fund funded furniture future gabriel gaining garden gaunt gave gavin gaze george get getting getty
        ghost gigs girl girlfriend give giving glanced glancing glimpse glossy gnawing go god going gone
        good goodbye got grab grabbing grace grade grant grateful gratitude gray great greatest greg grew
        grief grinning gripping groceries grocery ground group grow growing grown gunshot gut guttural had
        hadn hadn't hair halfway hallucinating hammer hand hands handwriting hannah happen happened happy
        hard harder hardest hardware harper harry haunted have having hazel he he'd he's head heal hear
        heard hearing heart heartbreak heartfelt heather heavily heavy held helen hello help helping henry
        her here hers herself hesitant hesitate hesitated hide hiding him himself hired his hit hitched
        hoarse hobbies hold holding holly home honestly hope hoped hoping hospital hour house how hug hugged
        hunched hung hunter hurdle hurt husband hushed i i'd i'll i'm i've ian icy idea identity if ignored
        illusion illustration image images imagine immaculate immediately important improve in inconvenience
        incredible independent inherited inside inspired instead instinct instincts intended into introduce
        ironic irrational is isaac isn isn't it it's its ivy jack jacket jacob jade jake james jasmine jason
        jaw jenna jennifer jeremy jesse jessica job joel john joke jokes jonah jordan joseph joshua journey
        juice julia julian julie jumped just justin kate katie kayla keep kept kevin key keys kicked kids
        killed kind kissed kitchen knee knees knew knock knocking know kyle landed landing last late later
        laugh laughed laughter laura lauren leading leah leaning learn learned lease least leave leaving
        left legs leo lesson let let's letter letters letting liam library lie lies life lifetime like
        likely lily limb limited linda line lips lisa lit little live lives living ll loan local lock locked
        logan lonelier long longed longer look looked looking lost louder love loved loving low lucas lucy
        luke lunch lunches lungs lurch lydia m mad made madeline mailbox make makes making mall man many
        marcus maria mark market marriage marriages married mason mattered matthew max maybe me meals mean
        means meant mechanically medical meet meeting meetings megan melissa melt memories memory mess
        message messed met metaphor mia michael midjourney might mike mild miles miller million mind minor
        minutes mirror miserable missed mistake mistress mixed mobility molly molten mom moment moments
        mommy money monica month months more morning mornings most mostly mother mother's motions mountain
        mountains move moved movie much mumbled music my myself name names naming nanny naomi natalie nathan
        nearby need needed needing needs neighbor neil nervously networking never new newborn next nice
        nicole night nights nina no noah nodded noise nora normal not nothing noticed now nowhere numb
        number nursery obvious of off office okay old oliver olivia on once one ones online only onto open
        opened opportunity or other others our ourselves out over owe owen own packed paige pain painful
        painstakingly panicked paper papers paperwork parent parents park part particular partner passed
        past pasta patrick paul paused pay peace peaceful peanut pen penny people perfect perfunctory person
        peter pexels phantom philip phone photo photograph photojournalist physical pick picked picking
        picture pictures piece pieces pity pixabay pizzeria plans planted play playdate playground pleading
        please pocket politely possessed pound pounded power pregnant pressure prestige pretended pride
        primary print prize promise promises proud prove proved public pull pull-out pulling punish purposes
        push put question questions quickly quiet quietly raced rachel radio rage raise ran rang raspy
        rather raw ray re reaching reading ready real reality realization realize realized really rearview
        reason rebecca reborn rebuild rebuilding rebuilt recess recognize reconnected reconsider red
        redemption reedy reeling reflexive refused registration regret regretted regular reluctantly
        remained remember reminded reminder remorse remorseful rent rents replaced replayed replied rescue
        resentment resilient respect respond responsibility restaurant resting returned revenge reyes rhythm
        ride right robert rock role room rooms rooted rose routine routines row rubbed ruby rumpled run runs
        rushed ryan s sad sadie sadness safe said sake sam samantha same sandwiches sarah sat saved savings
        saw say scar scared scarier scars scary school scott scraped scream screamed screen scrolling sean
        searching seat second secondary seconds secret security sedan see seeing seen sees selfish sense
        sent service set settle settled seven shadowed shaking shaky shape shards share shared sharp sharper
        shatter shattered she she'd she's shell shelter shelters shield shift shifted shifts shop short
        should shoulder shoulders shouts show showed shutterstock sick side sight sign signed signing
        silence silent silently simon simple simply since single sink sinking sit sitting six six-year-old
        skipped slammed sleep sleeping slept slices slightly slipping slow slowly small smart smile smiled
        smiling smoothing so sofa soft softened softening sold some someday somehow someone something
        sometimes son son's song soon sophia sorry sound source space spaces spending spent spot sprung stab
        stability standing stared staring start started starting stay stayed steady steering stella step
        stepped steven stiff still stirring stomach stood stop stopped store stories story straight strange
        stranger strategy street strength stress stretch stretched stroke strong stronger struggling studio
        stuffed stuffing stumbling stupid sudden suffered suffocating sum summer support surge surprise
        surprised survival survive survived survivors susan swaddled swallow swallowed swear sweater
        sweetest sweetie sweetly swelled swings system t table take taken taking talk talked talking tap tea
        teaches tears tell tending tentative terminally terms terrified terrifying tessa test text texted
        texts than thank that that's the their them then therapy there they they're thick thin thing things
        think thinking thinner third this thomas those though thought thousand three three-week-old
        three-year-old threw thrive through throw tied tight tighter tightly tilted tim time times tiptoed
        tired to today together told toll tom tomorrow tones too took torn touched toward toy toys
        traditional trailed training transplant trap treasure trees trembling tried trip trips triumph truck
        truly trust trusted truth try trying tucking tuesday tumbling turn turned turning turns tv twist
        twists two tyler ugly ultimatum uncle undeniable under understand understanding unexpected universe
        unless unlocked unravel unsplash unspoken unsure until unwanted up uproot ups us used usually
        utilities utterly v vacant vacations vaguely vanessa vanished ve version very veterans victor
        victories victory vincent violet visit visor voice volunteered vows wait waited waiting wake walk
        walked wall walls walsh waltz want wanted warmth was wasn wasn't watch watched watching waves way
        ways we we'd we'll we're week weekend weeks weighed weight well-being went were weren't wesley what
        what's whatever wheel wheels when when's where whether which while whisper whispered who who'd whole
        whose why wide wife will william willing win winced window wiped with without witnessed wobbling
        wobbly woke woman wonder wondering word words wore work worked working world world's worn worst
        would wouldn't wound wreckage wrenching wrinkled write wrong wyatt yeah year years yell yelling yet
        you you'd you'll you're you've your yourself zach zoe zoo
        """
}
