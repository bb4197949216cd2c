-module(tcp_header).
-export([main/1]).
-mode(compile).

%% A realistic decoder: an IPv4 header.
decode(<<4:4, IHL:4, _TOS:8, TotalLen:16, Id:16, _Flags:3, _Frag:13,
         TTL:8, Proto:8, _Csum:16, S1, S2, S3, S4, D1, D2, D3, D4, _/binary>>) ->
    #{ihl => IHL, len => TotalLen, id => Id, ttl => TTL, proto => Proto,
      src => {S1, S2, S3, S4}, dst => {D1, D2, D3, D4}};
decode(_) -> invalid.

main(_) ->
    Pkt = <<4:4, 5:4, 0:8, 60:16, 4242:16, 0:3, 0:13, 64:8, 6:8, 0:16,
            192, 168, 0, 1, 10, 0, 0, 7, "payload">>,
    io:format("~p~n", [decode(Pkt)]),
    io:format("~p~n", [decode(<<6:4, 0:4>>)]).
