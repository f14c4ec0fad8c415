/**
 * Common given names and surnames in Sweden, for masking names in free text.
 * The selection follows SCB's published name statistics (the most common
 * given names of women and men and the most common surnames, including
 * names of immigrant origin that are common in Sweden). It is written from
 * knowledge of those statistics, not a copy of SCB's files, and is kept
 * compact: a name missing here can still be caught by context (cues,
 * titles, a capitalised word beside a known name). Each list ends with names
 * common where the platform is used and in groups the SCB top lists leave
 * out: Finnish and Meänkieli (Tornedalen), Sami, Somali, Tigrinya, Persian
 * and Polish names, and Swedish nicknames ("Robban", "Micke"), since
 * residents write them in lower case where no context shows them. A name
 * that is also a Swedish word ("kalla", "unga", "spik") is in WORDLIKE.
 */
const GIVEN = `
anna eva maria karin kristina lena sara kerstin emma ingrid marie malin jenny birgitta hanna linda susanne elin annika
ulla johanna inger monica carina sofia ida helena julia elisabeth camilla gunilla agneta cecilia therese amanda margareta
louise josefin sandra frida jessica caroline anneli lisa matilda maja alice ebba elsa wilma alva olivia saga astrid
ella stella vera selma signe ellen freja ines majken lova tyra elvira agnes alma edith nellie moa tilda felicia
emelie emilia klara linnea nora isabelle ronja thea lilly hedda juni elise stina britt gun anita rut ruth barbro
britta siv yvonne åsa ann annelie viktoria victoria mikaela michaela angelica angelika rebecka jennifer pernilla
madeleine marianne berit gunnel solveig ingegerd inga irene iréne katarina catarina charlotte christina kristin
karolina caroline ulrika sabina veronica petra paulina pia tina nina mona lotta lovisa maja-lena anna-karin
fatima amina aisha aysha zeinab zainab maryam mariam leila layla yasmin jasmin noor nour sara hana hanan amal
rania dalia sana samira salma nadia rana huda asma zahra khadija hawa hodan fadumo ayan sahra shirin parisa
neda elif zeynep ayse ayşe merve emine hatice ebru dijana jelena milica vesna mirela ana olga irina natalia tatiana
svetlana katarzyna agnieszka joanna magdalena anja aleksandra mia nicole linn tove tindra minna liv ester alicia
erik lars karl anders johan per nils carl mikael jan hans peter olof lennart gunnar sven fredrik daniel bengt bo
åke göran alexander magnus stefan andreas mats thomas tomas leif ulf mattias martin björn jonas bertil david
christer henrik stig kjell rolf niklas john robert simon jonathan marcus markus patrik patrick tommy joakim kent
emil oscar oskar william hugo lucas lukas liam elias noah adam axel alexander isak olle vincent ludvig leo theo
viktor victor filip philip gustav gustaf albin arvid melvin sixten harry walter alfred valter elis edvin nils
otto loke love charlie benjamin sebastian anton jacob jakob gabriel samuel max maximilian felix linus rasmus
kevin dennis tobias jimmy jesper jens jörgen rickard richard roger ronny conny claes klas kenneth kalle pelle
nisse janne lasse olle kent-åke per-olof jan-erik lars-göran ingvar ivar arne rune ove tore sture kurt gösta
allan roland hasse sune berndt evert holger torsten tage erling ebbe sigge ture alf helge roy bosse
mohammed mohamed muhammad mohammad mehmet ahmed ahmad ali hassan hussein husein hussain omar omer abdi abdullahi
abdullah abdul mustafa mostafa yusuf youssef yousef ibrahim ismail khalid karim amir hamid hamza bilal tariq
mahmoud mahmud said saeed salah samir nabil rashid reza hossein mehdi farid jamal kamal nasir zakaria ayoub
ayub idris adnan anas osman usman yasin yassin faisal sami rami fadi jihad majid walid wahid hassan musa
emre mehmet murat burak hakan kerem can deniz ozan milan marko goran zoran dragan nikola stefan dejan aleksandar
luka ivan igor dmitri sergei andrzej piotr tomasz krzysztof pawel michał jakub nguyen minh tuan duc anh linh
jose josé juan carlos miguel luis pedro diego pablo antonio javier jorge
kristoffer christoffer joel hampus jonatan elliot alvin vilgot wilhelm melker ville nicklas niclas andré oliver
elvin adrian dante viggo colin malte milo frank folke sigvard bror josefine evelina lina sanna sofie hilda ingela
gunvor margit maj-britt elsie doris ingeborg märta lilian cornelia vendela smilla nathalie natalie rebecca hedvig
elina filippa tuva abdirahman abdulkadir mahad yonas yohannes dawit tesfaye semhar senait rahel hiba arman arash
dariush babak kaveh shahin mina roya niloufar aziz jawad sultan nasrin ghulam sayed masoud habib yasir tarek ziad
jamila ranya eva-lotta anna-lena ann-christin ann-marie lars-erik karl-erik sven-erik per-erik jan-olof
jukka pekka jussi sirpa pirjo marja liisa marja-liisa tuomas jouni mikko kaisu ritva aila tapio timo kari seppo matti
heikki eero esa jari juha juho kalevi kauko keijo lauri markku martti olli osmo paavo pasi pentti petri raimo reijo
risto sakari tapani teemu tuomo unto veikko väinö aino eija hannele helmi kaija kirsi leena maija marjatta merja oili
raija riitta satu seija sinikka taina tarja tuula tuulikki irja hilkka annikki aune elli inkeri anna-liisa hanna-leena
pirkko kaarina ilmari aulis arvo erkki hannu jorma kalle-pekka toivo tauno veli ante ánte nils-ante per-ante lars-ante
jon-ante máret maret marit áilu ailo biret ristin sunná ingá jovnna piera mikkel niillas ánde issát elle-máret ilwad
hodan faduma hamdi filsan sagal nimco ikran qamar deeqa ifrah ubah hibo istahil shukri abdirizak abdiwali abdikarim
abdiaziz abdinasir guled liban mahamed mohamud bashir nuur muna sahal merhawit luwam selam feven helen mehari kidane
berhane habtom tekle filmon kibrom robel yemane efrem mussie ariam saba winta rahwa meron tesfay tsegay goitom biniam
awet farhad farzad behrouz mehran omid ramin siavash parviz hamed mohsen navid pouya peyman shabnam azadeh mahsa
soraya fereshteh zohreh golnar shadi taraneh samaneh bahar mahnaz fatemeh hamid-reza ali-reza grzegorz wojciech
małgorzata malgorzata marek marcin mariusz dariusz łukasz lukasz bartosz kamil szymon beata ewa elżbieta elzbieta
dorota renata iwona monika urszula agata jolanta micke danne robban jocke jonte nicke tompa steffe ludde lollo fia
mimmi bigge linkan kicki titti gittan majsan pirre lelle kenta benke affe totte calle acke anki lisen jossan sussie
sussi mackan pontus jimpa fredde kribbe anders-erik
`;
const SUR = `
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson
jansson hansson bengtsson jönsson lindberg jakobsson jacobsson magnusson olofsson lindström lindqvist lindgren
axelsson berg bergström lundberg lundgren lind lundqvist mattsson berglund fredriksson sandberg henriksson forsberg
sjöberg ali wallin mohammed engström eklund danielsson lundin håkansson björk gunnarsson bergman holm samuelsson
fransson wikström isaksson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg blomqvist claesson
nordström mårtensson lundström ahmed hassan viklund björklund eliasson pålsson berggren sandström lund nordin ström
åberg hermansson ekström holmgren sundberg hedlund dahlberg hellström sjögren abrahamsson falk martinsson öberg
andreasson blom ek strömberg månsson åkesson hansen jensen nielsen mohamed abdi omar hussein ibrahim yusuf nguyen
tran le pham yilmaz kaya demir şahin sahin celik çelik öztürk aydin kurt jovanović jovanovic petrović petrovic
nikolić nikolic kowalski nowak wiśniewski wisniewski lewandowski khan hosseini mohammadi ahmadi rahimi karimi
hosseini rezaei jafari mahmoud saleh salah osman abdullahi farah warsame said haddad khalil youssef mansour
ekberg hedberg lindholm sundqvist ekman nordqvist nordlund sundström dahl lindahl söderström sjöström åström
lindblom larsen olsen sandin hägglund nylund ljungberg ljunggren stenberg strand sundin blomberg wahlström
björkman jonasson backman borg fors forsman hellberg hedström holmqvist kjellberg lundh malmberg malmström
melin norberg norling nyman palm qvist rosén rosengren sjödin skoglund stenström strömqvist sundell tornberg
wennberg westerberg wikman wiklund åkerlund öhman östlund östman carlsson karlström lundell kristiansson
kristensson christensson johnsson nordberg lindén lindell holmström granberg granström grahn hammar hägg
sjöblom lindkvist lundkvist bergkvist holmkvist hedman ekholm åslund marklund burman lindmark granlund boman
stenlund strandberg lundmark nordmark öhlund lindfors rönnbäck hedqvist wiklander niemi mäki koivisto laine
heikkinen virtanen korhonen nieminen mäkinen hämäläinen lahti lampinen mattila kangas keskitalo kuoppa pekkari
jama hersi aden mohamud nur ismail musa yousef nazari hashimi sultani rahmani haidari popović popovic marković
markovic đorđević ilić ilic kovačević kovacevic hodžić hodzic begić begic hadžić mehmedović delić
hietala rantakokko mäkelä heikkilä räisänen lantto alatalo anttila hietanen huhtala huuva juntti kaaretkoski kaikkonen
kallio karvonen kemppainen kilpeläinen koskela kyrö lehto lassila nikkari niva ollila pohjanen pekkala saarinen salmi
sirviö suikki tervaniemi toivonen turunen yliniemi wanhainen vanhainen aho kivi palo juuso isaksson peltonen hannula
hyvönen jokela kallioniemi kauppi kantola lahtinen leinonen lindroos mustonen nurmi ojala pietilä rautio seppälä tapio
vesterlund labba kuhmunen sikku nutti omma pavval tuorda sarri kitok länta partapuoli pittja jannok kuoljok fankki
utsi valkeapää svonni kalla blind spik skum unga sunna warsame hirsi hersi jama nuur bashir dahir elmi gedi guled
jibril mohamud nur samatar shire yusuf farah ismail abdirahman haile tesfamariam ghebremedhin weldemichael tewolde
tekle berhane kidane mehari gebru gebremariam habte tesfay moradi rostami sadeghi ghasemi bagheri tehrani rezai amini
azizi ebrahimi heydari kazemi nazari safari shams yazdani wójcik wojcik kowalska kamiński kaminski kamińska zieliński
zielinski zielińska szymański woźniak wozniak dąbrowski dabrowski kozłowski kozlowski mazur krawczyk kaczmarek
piotrowski grabowski jankowski wieczorek
`;
/** Names that are also ordinary words: masked only when the text shows they name someone. */
const WORDLIKE = `
berg lind björk ström holm dahl ek falk lund strand blom fors palm borg hägg qvist sten stig dag bo per björn
rut liv klara sol saga maj juni love lova max ask vera alma signe inga ester iris rosa hans karl kurt said can
le tran mark gun tina sami siv åsa mina lina sanna frank bror sultan lisa ville axel jihad hakan ana tindra linnea lotta
blind kalla skum spik unga fia
`;
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
export const GIVEN_NAMES: ReadonlySet<string> = new Set(words(GIVEN));
export const SURNAMES: ReadonlySet<string> = new Set(words(SUR));
export const NAME_LIKE_WORDS: ReadonlySet<string> = new Set(words(WORDLIKE));
