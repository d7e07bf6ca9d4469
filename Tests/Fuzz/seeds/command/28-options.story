find --limit
find --limit x a
find --in
outline --format
arc 1 --height
arc 1 --width=50
history --last=2
export --force
export 1
-- show
show -- 1
