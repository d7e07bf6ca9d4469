show 1
show 003 --raw
show 002_b1
show 9
show -1
show ''
