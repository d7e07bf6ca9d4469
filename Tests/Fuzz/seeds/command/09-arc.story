arc 1
arc 2 --width 40 --height 3
arc 3 --format json
arc 4 --format svg -o a.svg
arc 5 --width 0 --height -2
arc 1 --width 999999 --height 1
