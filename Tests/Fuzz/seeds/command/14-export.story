export 1 s.txt
export 2 s.md
export 3 s.json
export 4 s.html
export 5 s.twee
export 1 s.ink
export 1 s.txt
export 1 s.txt --force
