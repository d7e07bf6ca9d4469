outline 2
save x.story
source x.story
source x.story --safe
source missing.story
source
