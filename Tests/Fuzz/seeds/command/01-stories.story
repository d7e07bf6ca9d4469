stories
help
help splice
quit
