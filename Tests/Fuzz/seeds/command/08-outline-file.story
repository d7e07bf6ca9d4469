outline 1 -o o.md --format md
outline 1 -o o.md
outline 1 -o o.md --force
outline all --format svg --output all.svg
show 1
