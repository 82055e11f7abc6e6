module early.zhibiao/localeenv

go 1.26.8
