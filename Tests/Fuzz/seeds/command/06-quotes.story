quotes 2
quotes 002 --by mom
quotes 4 --by 'my husband'
quotes all
quotes
