set width 40
outline all
characters all
endings
arc 3
find the
set width 400
quotes 1
stories
