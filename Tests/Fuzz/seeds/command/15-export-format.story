export 1 story --format md
export 1 story.x --format nope
export 2 noext
export session s.html
export session s.md --force
export session s.txt
export session x --format html
