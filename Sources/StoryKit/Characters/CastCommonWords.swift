/// Lowercase words common in the stories this tool reads (every word in at least 1 % of the
/// benchmark's 10,000 stories, less the first names its generator draws from, so that the
/// benchmark does not flatter itself), for `CastSharedWords`. Only a cache: a word missing here
/// is simply numbered per story, so the list changes speed, never output.
enum CastCommonWords {
    static let text = """
        a abandon abandoned abandonment able about above absence absolutely ache ached aching across
        actions actually added addressed adored adventures afar afford after afternoon afterward again
        against ago agreed ahead ailing air all almost alone aloud already also always ambition an and
        anderson anger angry animal animals another answer answered answers any anymore anything
        anywhere apart apartment apologies apology apple appointments approach aquarium arc are area
        aren't arguing arguments arms around arrived as ashes aside ask asked asking asleep at ate
        attempt attempts attending aunt away awkwardly baby back badly bag bags bake bakery barely be
        beach beaming bear beat beautiful became because become bed bedtime been before began begged
        beginning behind being believe believed bench beside best betrayal better between big bike bills
        birth birthday bitter blanket blankets bled blinked blood blow blur body bonded bone bookkeeping
        books bookshop booster born boss both bought bouquet bowed box boxes boy boyfriend breadcrumbs
        break breaking breaks breath breathe breathing brick briefcase brighten brightly broke broken
        brought brutal buddy build built buried burned burning business but butter by caf call called
        calling calls calm came can can't capture car card care carefully caregiver caring cartoons
        caught cent certified chance chances change changed chaos chapter chat chatted chattering
        checked chest chewing chickening child childhood children choice choose chose chosen christmas
        city clarity class cleaning clear clearly clenched click clicked climbed clipped closed closure
        clothes clutched clutching co-signed coats coffee cold colder color colors come comes coming
        comments community compliment compromise confession confirmed conflicted confused confusion
        connection consequences consolation constant constructed continued convention cookies corner
        couch couches could could've couldn couldn't counter counting country couple couples course
        courses cousin cousin's coward cozy cracks crashed crashing crawled creased credit credit's
        creepy crossed cruel crumble crumpled crushed cry crying cup curiosity curled curling current
        customers cut d dad daddy dangerous dark daughter daughter's day days deafening dealership debt
        debts decide decision decisions deep deeper delivered demanded depended deserve deserved
        deserves desks desolation desperate destroyed detached devastated devoid did didn didn't
        different diner dining dinner disappear disappearance dishes disheveled distance do doctor's
        doctors does doesn doesn't dog dogs doing dollar don don't donate donated done door doors down
        dragging drained drama drawing dread dream dreaming dreams drive driver's drop drove drowning
        during each eagerly earn easily easy echo echoes echoing edge eerily effort either elbows
        elderly elephant else emerge emotion emotional emotions empty end ended ending engine enjoyed
        enough entire entrance envelope escaping estate even evening events eventually ever every
        everyday everything ex-husband ex-wife exchanging excitement excuses exhausted exhaustion exist
        expect expectation expected expecting expense explain explained explanation expression extra
        eyebrow eyes facade face faded failed failure faint fair fall fallen falling familiar family
        fanfare fantasized farmers fast faster father father's favorite fear fearing feel feeling feels
        feet fell felt ferocity festering few fight figure filled filling final finally find fine
        fireworks firm first flashy flickering flinch flinched flooding floor flower flowers focus
        focused folder follow followed following fond food fools for forehead forget forgetting forgive
        forgiveness forgotten form forward found four fragile fragility freedom freelance fresh friend
        friends from froze frozen frustration full fully functional fund funded furniture future gaining
        garden gaunt gave gaze get getting getty ghost gigs girl girlfriend give giving glanced glancing
        glimpse glossy gnawing go god going gone good goodbye got grab grabbing grade grateful gratitude
        gray great greatest grew grief grinning gripping groceries grocery ground group grow growing
        grown gunshot gut guttural had hadn hadn't hair halfway hallucinating hammer hand hands
        handwriting happen happened happy hard harder hardest hardware haunted have having he he'd he's
        head heal hear heard hearing heart heartbreak heartfelt heavily heavy held hello help helping
        her here hers herself hesitant hesitate hesitated hide hiding him himself hired his hit hitched
        hoarse hobbies hold holding home honestly hope hoped hoping hospital hour house how hug hugged
        hunched hung hurdle hurt husband hushed i i'd i'll i'm i've icy idea identity if ignored
        illusion illustration image images imagine immaculate immediately important improve in
        inconvenience incredible independent inherited inside inspired instead instinct instincts
        intended into introduce ironic irrational is isn isn't it it's its jacket jaw job joke jokes
        journey juice jumped just keep kept key keys kicked kids killed kind kissed kitchen knee knees
        knew knock knocking know landed landing last late later laugh laughed laughter leading leaning
        learn learned lease least leave leaving left legs lesson let let's letter letters letting
        library lie lies life lifetime like likely limb limited line lips lit little live lives living
        ll loan local lock locked lonelier long longed longer look looked looking lost louder love loved
        loving low lunch lunches lungs lurch m mad made mailbox make makes making mall man many market
        marriage marriages married mattered maybe me meals mean means meant mechanically medical meet
        meeting meetings melt memories memory mess message messed met metaphor midjourney might mild
        miles miller million mind minor minutes mirror miserable missed mistake mistress mixed mobility
        molten mom moment moments mommy money month months more morning mornings most mostly mother
        mother's motions mountain mountains move moved movie much mumbled music my myself name names
        naming nanny nearby need needed needing needs neighbor nervously networking never new newborn
        next nice night nights no nodded noise normal not nothing noticed now nowhere numb number
        nursery obvious of off office okay old on once one ones online only onto open opened opportunity
        or other others our ourselves out over owe own packed pain painful painstakingly panicked paper
        papers paperwork parent parents park part particular partner passed past pasta paused pay peace
        peaceful peanut pen people perfect perfunctory person pexels phantom phone photo photograph
        photojournalist physical pick picked picking picture pictures piece pieces pity pixabay pizzeria
        plans planted play playdate playground pleading please pocket politely possessed pound pounded
        power pregnant pressure prestige pretended pride primary print prize promise promises proud
        prove proved public pull pull-out pulling punish purposes push put question questions quickly
        quiet quietly raced radio rage raise ran rang raspy rather raw re reaching reading ready real
        reality realization realize realized really rearview reason reborn rebuild rebuilding rebuilt
        recess recognize reconnected reconsider red redemption reedy reeling reflexive refused
        registration regret regretted regular reluctantly remained remember reminded reminder remorse
        remorseful rent rents replaced replayed replied rescue resentment resilient respect respond
        responsibility restaurant resting returned revenge reyes rhythm ride right rock role room rooms
        rooted routine routines row rubbed rumpled run runs rushed s sad sadness safe said sake same
        sandwiches sat saved savings saw say scar scared scarier scars scary school scraped scream
        screamed screen scrolling searching seat second secondary seconds secret security sedan see
        seeing seen sees selfish sense sent service set settle settled seven shadowed shaking shaky
        shape shards share shared sharp sharper shatter shattered she she'd she's shell shelter shelters
        shield shift shifted shifts shop short should shoulder shoulders shouts show showed shutterstock
        sick side sight sign signed signing silence silent silently simple simply since single sink
        sinking sit sitting six six-year-old skipped slammed sleep sleeping slept slices slightly
        slipping slow slowly small smart smile smiled smiling smoothing so sofa soft softened softening
        sold some someday somehow someone something sometimes son son's song soon sorry sound source
        space spaces spending spent spot sprung stab stability standing stared staring start started
        starting stay stayed steady steering step stepped stiff still stirring stomach stood stop
        stopped store stories story straight strange stranger strategy street strength stress stretch
        stretched stroke strong stronger struggling studio stuffed stuffing stumbling stupid sudden
        suffered suffocating sum summer support surge surprise surprised survival survive survived
        survivors swaddled swallow swallowed swear sweater sweetest sweetie sweetly swelled swings
        system t table take taken taking talk talked talking tap tea teaches tears tell tending
        tentative terminally terms terrified terrifying test text texted texts than thank that that's
        the their them then therapy there they they're thick thin thing things think thinking thinner
        third this those though thought thousand three three-week-old three-year-old threw thrive
        through throw tied tight tighter tightly tilted time times tiptoed tired to today together told
        toll tomorrow tones too took torn touched toward toy toys traditional trailed training
        transplant trap treasure trees trembling tried trip trips triumph truck truly trust trusted
        truth try trying tucking tuesday tumbling turn turned turning turns tv twist twists two ugly
        ultimatum uncle undeniable under understand understanding unexpected universe unless unlocked
        unravel unsplash unspoken unsure until unwanted up uproot ups us used usually utilities utterly
        v vacant vacations vaguely vanished ve version very veterans victories victory visit visor voice
        volunteered vows wait waited waiting wake walk walked wall walls walsh waltz want wanted warmth
        was wasn wasn't watch watched watching waves way ways we we'd we'll we're week weekend weeks
        weighed weight well-being went were weren't what what's whatever wheel wheels when when's where
        whether which while whisper whispered who who'd whole whose why wide wife willing win winced
        window wiped with without witnessed wobbling wobbly woke woman wonder wondering word words wore
        work worked working world world's worn worst would wouldn't wound wreckage wrenching wrinkled
        write wrong yeah year years yell yelling yet you you'd you'll you're you've your yourself zoo
        """
}
