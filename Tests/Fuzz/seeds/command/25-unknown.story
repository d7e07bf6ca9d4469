nonsense
stroies
Show 1
SHOW 1
help nonsense
help help
stories --help
splice -h
quit now
