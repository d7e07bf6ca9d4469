find "came back"
find don't --in 2
find 'her mother' --limit 0
find the --limit 3
find \"quoted\" --in 004
find
