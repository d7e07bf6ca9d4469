set
set width 60
set color on
set colour off
set bail on
stories
set pager off
set width 0
set width x
set nope 1
set bail maybe
