module warta.example/warta

go 1.19
