endings
endings extra
stories
