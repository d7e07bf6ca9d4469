splice 5 --ending forgive --as five
find forgive --in five
characters five
quotes five
outline five --format md
arc five --format json
export five five.json
history
save all.story --with-output
quit
stories
