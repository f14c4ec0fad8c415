/**
 * Common given names and surnames in Sweden, for masking names in free text.
 * The selection follows SCB's published name statistics (the most common
 * given names of women and men and the most common surnames, including
 * names of immigrant origin that are common in Sweden). It is written from
 * knowledge of those statistics, not a copy of SCB's files, and is kept
 * compact: a name missing here can still be caught by context (cues,
 * titles, a capitalised word beside a known name).
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
`;
/** Names that are also ordinary words: masked only when the text shows they name someone. */
const WORDLIKE = `
berg lind björk ström holm dahl ek falk lund strand blom fors palm borg hägg qvist sten stig dag bo per björn
rut liv klara sol saga maj juni love lova max ask vera alma signe inga ester iris rosa hans karl kurt said can
le tran mark gun tina sami siv åsa mina lina sanna frank bror sultan lisa ville axel jihad hakan ana tindra linnea lotta
`;
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
export const GIVEN_NAMES: ReadonlySet<string> = new Set(words(GIVEN));
export const SURNAMES: ReadonlySet<string> = new Set(words(SUR));
export const NAME_LIKE_WORDS: ReadonlySet<string> = new Set(words(WORDLIKE));
