show \1
find \#notcomment
find "#in quotes"
find 'a b' 'c d'
find ""
find ''
find \"
find é日本語
find ＂fullwidth＂
