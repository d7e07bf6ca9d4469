find "unterminated
find 'single quote
find it's
find 'it''s'
find a\\ b
find trailing\
find "a \"b\" c"
find x # comment
# only a comment
   
