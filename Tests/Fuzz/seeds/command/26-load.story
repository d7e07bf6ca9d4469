export 1 a.txt
load a.txt
load a.txt --replace
stories
load nothing
load
load --replace
export 1 b.md
load b.md a.txt
