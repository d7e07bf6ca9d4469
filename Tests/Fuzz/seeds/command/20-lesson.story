show 1
arc 1
save l.story --with-output
lesson l.story

n
b


q
lesson missing
