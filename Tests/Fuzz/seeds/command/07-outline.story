outline 1
outline all --format md
outline 3 --format json
outline 2 --format svg
outline 5 --format html
outline 1 --format nope
