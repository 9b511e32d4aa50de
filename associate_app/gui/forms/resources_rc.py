# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0b\x18\
/\
* Store Associat\
e \xe2\x80\x94 light them\
e for counter ta\
blets: large tou\
ch targets, high\
 contrast. */\x0aQW\
idget { font-siz\
e: 15px; color: \
#1d2733; }\x0aQMain\
Window, QDialog \
{ background: #f\
4f6f8; }\x0a\x0aQFrame\
#navPanel { back\
ground: #16324f;\
 }\x0aQFrame#navPan\
el QLabel { colo\
r: #dbe7f3; }\x0aQL\
abel#appTitle { \
color: #ffffff; \
font-size: 21px;\
 font-weight: 70\
0; }\x0aQLabel#stor\
eTitle { color: \
#9fc3e6; font-si\
ze: 13px; }\x0aQLab\
el#staffTitle { \
color: #dbe7f3; \
font-size: 13px;\
 padding: 6px 2p\
x; }\x0aQFrame#navP\
anel QToolButton\
 {\x0a    color: #d\
be7f3; backgroun\
d: transparent; \
border: none; bo\
rder-radius: 8px\
;\x0a    text-align\
: left; padding:\
 12px 14px; min-\
height: 32px; fo\
nt-size: 17px;\x0a}\
\x0aQFrame#navPanel\
 QToolButton:hov\
er { background:\
 #21456b; }\x0aQFra\
me#navPanel QToo\
lButton:checked \
{ background: #2\
f6fae; color: #f\
fffff; font-weig\
ht: 600; }\x0aQFram\
e#navPanel QTool\
Button:focus { b\
order: 2px solid\
 #ffd166; }\x0aQFra\
me#navPanel QPus\
hButton {\x0a    ba\
ckground: #21456\
b; color: #fffff\
f; border: 1px s\
olid #2f6fae; bo\
rder-radius: 8px\
;\x0a    min-height\
: 44px; font-siz\
e: 15px;\x0a}\x0aQFram\
e#navPanel QPush\
Button:hover { b\
ackground: #2f6f\
ae; }\x0aQFrame#nav\
Panel QPushButto\
n:disabled { col\
or: #7f99b3; bor\
der-color: #2a4a\
6b; }\x0a\x0aQPushButt\
on {\x0a    min-hei\
ght: 44px; paddi\
ng: 0 18px; bord\
er-radius: 8px; \
border: 1px soli\
d #b8c4d0;\x0a    b\
ackground: #ffff\
ff;\x0a}\x0aQPushButto\
n:default { back\
ground: #2f6fae;\
 color: #ffffff;\
 border-color: #\
2f6fae; font-wei\
ght: 600; }\x0aQPus\
hButton:focus { \
border: 2px soli\
d #ffb703; }\x0aQPu\
shButton:disable\
d { color: #8a96\
a3; background: \
#e8ecf0; }\x0aQLine\
Edit {\x0a    min-h\
eight: 44px; pad\
ding: 0 12px; bo\
rder: 1px solid \
#b8c4d0; border-\
radius: 8px;\x0a   \
 background: #ff\
ffff; font-size:\
 17px;\x0a}\x0aQLineEd\
it:focus { borde\
r: 2px solid #2f\
6fae; }\x0aQLineEdi\
t[invalid=\x22true\x22\
] { border: 2px \
solid #c0392b; }\
\x0a\x0aQLabel#pageTit\
le { font-size: \
26px; font-weigh\
t: 700; color: #\
16324f; }\x0aQLabel\
#pageSubtitle { \
font-size: 16px;\
 color: #4a5a6a;\
 }\x0aQFrame#emptyS\
tateCard { backg\
round: #ffffff; \
border: 1px soli\
d #dde3ea; borde\
r-radius: 12px; \
}\x0aQLabel#emptySt\
ateHeading { fon\
t-size: 19px; fo\
nt-weight: 600; \
color: #16324f; \
}\x0aQLabel#emptySt\
ateBody { font-s\
ize: 15px; color\
: #4a5a6a; }\x0aQLa\
bel[role=\x22bullet\
\x22] { font-size: \
15px; color: #1d\
2733; }\x0a\x0aQLabel#\
signInHeading, Q\
Label#enrolHeadi\
ng { font-size: \
22px; font-weigh\
t: 700; color: #\
16324f; }\x0aQLabel\
#signInMessage, \
QLabel#enrolMess\
age { color: #b3\
261e; font-weigh\
t: 600; }\x0a\x0aQStat\
usBar { backgrou\
nd: #e9eef3; bor\
der-top: 1px sol\
id #cfd8e1; min-\
height: 34px; }\x0a\
QStatusBar QLabe\
l { padding: 0 1\
0px; font-size: \
14px; }\x0aQLabel#c\
onnectionStatus[\
link=\x22online\x22] {\
 color: #1b7f3b;\
 font-weight: 60\
0; }\x0aQLabel#conn\
ectionStatus[lin\
k=\x22syncing\x22] { c\
olor: #2f6fae; f\
ont-weight: 600;\
 }\x0aQLabel#connec\
tionStatus[link=\
\x22offline\x22] { col\
or: #b3261e; fon\
t-weight: 600; }\
\x0aQLabel#connecti\
onStatus[link=\x22u\
nknown\x22] { color\
: #6b7a89; }\x0aQLa\
bel#keychainNoti\
ce { color: #8a5\
a00; }\x0a\
\x00\x00\x015\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
ffffff\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M3 21h18\x22/><r\
ect x=\x225\x22 y=\x2211\x22\
 width=\x223\x22 heigh\
t=\x227\x22/><rect x=\x22\
10.5\x22 y=\x226\x22 widt\
h=\x223\x22 height=\x2212\
\x22/><rect x=\x2216\x22 \
y=\x2213\x22 width=\x223\x22\
 height=\x225\x22/></s\
vg>\x0a\
\x00\x00\x01E\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
ffffff\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><circl\
e cx=\x229\x22 cy=\x228\x22 \
r=\x223.5\x22/><path d\
=\x22M2.5 20c.8-3.6\
 3.4-5.5 6.5-5.5\
s5.7 1.9 6.5 5.5\
\x22/><circle cx=\x221\
7\x22 cy=\x229\x22 r=\x222.6\
\x22/><path d=\x22M16.\
5 14.6c2.4.2 4.2\
 1.8 5 4.9\x22/></s\
vg>\x0a\
\x00\x00\x015\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22><rect\
 width=\x2264\x22 heig\
ht=\x2264\x22 rx=\x2214\x22 \
fill=\x22#2f6fae\x22/>\
<path d=\x22M16 26h\
32l-2.6 24a2 2 0\
 0 1-2 1.8H20.6a\
2 2 0 0 1-2-1.8z\
\x22 fill=\x22#ffffff\x22\
/><path d=\x22M24 3\
0v-8a8 8 0 0 1 1\
6 0v8\x22 fill=\x22non\
e\x22 stroke=\x22#ffd1\
66\x22 stroke-width\
=\x224\x22 stroke-line\
cap=\x22round\x22/></s\
vg>\x0a\
\x00\x00\x01'\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
ffffff\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M4 8h16l-1.2 \
12.2a1 1 0 0 1-1\
 .8H6.2a1 1 0 0 \
1-1-.8z\x22/><path \
d=\x22M8.5 10V6.5a3\
.5 3.5 0 0 1 7 0\
V10\x22/><path d=\x22M\
9 15l2 2 4-4\x22/><\
/svg>\x0a\
\x00\x00\x01\x01\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 fill=\
\x22none\x22 stroke=\x22#\
ffffff\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22><path \
d=\x22M3 7.5 12 3l9\
 4.5v9L12 21l-9-\
4.5z\x22/><path d=\x22\
M3 7.5 12 12l9-4\
.5\x22/><path d=\x22M1\
2 12v9\x22/></svg>\x0a\
\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x0c8\xadc\
\x00t\
\x00h\x00e\x00m\x00e\x00.\x00q\x00s\x00s\
\x00\x0d\
\x0d\x94\x89\xc7\
\x00d\
\x00a\x00s\x00h\x00b\x00o\x00a\x00r\x00d\x00.\x00s\x00v\x00g\
\x00\x0d\
\x09\x037\x07\
\x00c\
\x00u\x00s\x00t\x00o\x00m\x00e\x00r\x00s\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0b\
\x0c\x9b\xae\x87\
\x00p\
\x00i\x00c\x00k\x00u\x00p\x00s\x00.\x00s\x00v\x00g\
\x00\x0d\
\x06%\xd0g\
\x00i\
\x00n\x00v\x00e\x00n\x00t\x00o\x00r\x00y\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x05\x00\x00\x00\x03\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x98\x00\x00\x00\x00\x00\x01\x00\x00\x10\x02\
\x00\x00\x00h\x00\x00\x00\x00\x00\x01\x00\x00\x0d\x9e\
\x00\x00\x00H\x00\x00\x00\x00\x00\x01\x00\x00\x0cU\
\x00\x00\x00|\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xd7\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x0b\x1c\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
