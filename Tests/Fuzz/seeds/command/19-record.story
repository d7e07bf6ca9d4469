record r.story
stories
find rain
record off
source r.story
record
record off
