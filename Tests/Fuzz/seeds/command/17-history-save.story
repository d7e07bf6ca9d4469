stories
show 1
history
history --last 1
history --last 0
history --last -3
save s.story
save s.story --with-output --force
source s.story
