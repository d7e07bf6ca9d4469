save n.story
record n.story
source n.story
source n.story
record off
source n.story
