/** Static lists behind the demo data: names, towns around the Lyon shop, devices and faults. */

export const SKILLS = [
  { code: 'smartphone', name: 'Smartphones' },
  { code: 'tablette', name: 'Tablettes' },
  { code: 'portable', name: 'Ordinateurs portables' },
  { code: 'fixe', name: 'Ordinateurs fixes' },
  { code: 'console', name: 'Consoles' },
  { code: 'tv', name: 'Téléviseurs' },
  { code: 'audio', name: 'Audio' },
  { code: 'micro-soudure', name: 'Micro-soudure' },
] as const

export type SkillCode = (typeof SKILLS)[number]['code']

export const DEVICE_TYPES = [
  { code: 'smartphone', name: 'Smartphone', skill: 'smartphone' },
  { code: 'tablet', name: 'Tablette', skill: 'tablette' },
  { code: 'laptop', name: 'Ordinateur portable', skill: 'portable' },
  { code: 'desktop', name: 'Ordinateur fixe', skill: 'fixe' },
  { code: 'console', name: 'Console', skill: 'console' },
  { code: 'tv', name: 'Téléviseur', skill: 'tv' },
  { code: 'audio', name: 'Audio', skill: 'audio' },
  { code: 'other', name: 'Autre', skill: null },
] as const satisfies readonly { code: string; name: string; skill: SkillCode | null }[]

export type TypeCode = (typeof DEVICE_TYPES)[number]['code']

type Day = '1' | '2' | '3' | '4' | '5' | '6' | '7'
export type TechnicianProfile = {
  name: string
  email: string
  skills: SkillCode[]
  capacity: number
  availability: { day: Day; from: string; to: string }[]
  /** Days from the seed date; the absence is always in the future. */
  absence?: { inDays: number; days: number; reason: string }
}

const week = (days: Day[], from: string, to: string) => days.map((day) => ({ day, from, to }))

/** The demo technician (from demo-accounts.json) first, then the two colleagues the seed adds. */
export const TECHNICIANS: TechnicianProfile[] = [
  {
    name: 'Sofiane Benali',
    email: 'technicien@atelier-demo.fr',
    skills: ['smartphone', 'tablette', 'console', 'micro-soudure'],
    capacity: 8,
    availability: [
      ...week(['1', '2', '4', '5'], '09:00', '18:00'),
      ...week(['3'], '09:00', '12:30'),
      ...week(['6'], '09:30', '13:00'),
    ],
  },
  {
    name: 'Léa Moreau',
    email: 'lea.moreau@atelier-demo.fr',
    skills: ['portable', 'fixe', 'tablette', 'smartphone'],
    capacity: 6,
    availability: week(['2', '3', '4', '5', '6'], '10:00', '19:00'),
    absence: { inDays: 17, days: 6, reason: 'Congés' },
  },
  {
    name: 'Hugo Lambert',
    email: 'hugo.lambert@atelier-demo.fr',
    skills: ['console', 'tv', 'audio', 'fixe'],
    capacity: 4,
    availability: [...week(['1', '2', '4'], '08:30', '17:30'), ...week(['6'], '09:00', '13:00')],
  },
]

export const FIRST_NAMES_F = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Sarah',
  'Julie',
  'Pauline',
  'Élodie',
  'Nathalie',
  'Isabelle',
  'Sandrine',
  'Céline',
  'Aurélie',
  'Amandine',
  'Claire',
  'Mélanie',
  'Océane',
  'Yasmine',
  'Françoise',
  'Margaux',
  'Anaïs',
  'Lucie',
  'Sophie',
] as const

export const FIRST_NAMES_M = [
  'Thomas',
  'Nicolas',
  'Julien',
  'Maxime',
  'Antoine',
  'Lucas',
  'Hugo',
  'Alexandre',
  'Mehdi',
  'Romain',
  'Sébastien',
  'Pierre',
  'Laurent',
  'Olivier',
  'Kevin',
  'Théo',
  'Mathieu',
  'Karim',
  'François',
  'Benoît',
  'Jérôme',
  'Bastien',
  'Yanis',
  'Gaël',
  'Étienne',
] as const

export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Bonnet',
  'François',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Chevalier',
  'Faure',
  'Rey',
  'Benoît',
  'Brun',
  'Haddad',
  'Nguyen',
  'Da Silva',
  'Ferreira',
  'Boyer',
] as const

// Lyon streets are for the arrondissements; the other towns get streets every French town has.
const LYON_STREETS = [
  'rue de la République',
  'cours Lafayette',
  'rue Garibaldi',
  'avenue Berthelot',
  'rue Paul Bert',
  'cours Gambetta',
  'rue Duguesclin',
  'avenue Jean Jaurès',
  'rue Marietton',
  'rue de Marseille',
  'cours Vitton',
  'rue Saint-Jean',
  'quai Saint-Vincent',
  'rue Vendôme',
  'boulevard des Belges',
] as const
const TOWN_STREETS = [
  'rue Victor Hugo',
  'avenue Jean Jaurès',
  'rue Pasteur',
  'rue de la Gare',
  'place de la Mairie',
  'rue Gambetta',
  'allée des Tilleuls',
  'chemin des Vignes',
  'rue du Stade',
  'avenue Charles de Gaulle',
  'rue des Écoles',
  'impasse des Lilas',
  'boulevard Émile Zola',
  'rue Jules Ferry',
] as const

export type Town = { city: string; postalCode: string; streets: readonly string[]; weight: number }

const lyon = (n: number): Town => ({
  city: 'Lyon',
  postalCode: `6900${n}`,
  streets: LYON_STREETS,
  weight: 3,
})
const town = (city: string, postalCode: string, weight = 1): Town => ({
  city,
  postalCode,
  streets: TOWN_STREETS,
  weight,
})

/** Real towns around the shop (12 rue de la République, Lyon 2e) with their real postal codes. */
export const TOWNS: Town[] = [
  lyon(1),
  lyon(2),
  lyon(3),
  lyon(4),
  lyon(5),
  lyon(6),
  lyon(7),
  lyon(8),
  lyon(9),
  town('Villeurbanne', '69100', 4),
  town('Vénissieux', '69200', 2),
  town('Caluire-et-Cuire', '69300', 2),
  town('Bron', '69500', 2),
  town('Vaulx-en-Velin', '69120'),
  town('Écully', '69130'),
  town('Oullins', '69600'),
  town('Saint-Priest', '69800'),
  town('Tassin-la-Demi-Lune', '69160'),
  town('Décines-Charpieu', '69150'),
  town('Rillieux-la-Pape', '69140'),
  town('Sainte-Foy-lès-Lyon', '69110'),
  town('Meyzieu', '69330'),
  town('Villefranche-sur-Saône', '69400'),
  town('Vienne', '38200'),
  town('Bourgoin-Jallieu', '38300'),
  town('Saint-Étienne', '42000'),
  town('Grenoble', '38000'),
  town('Bourg-en-Bresse', '01000'),
  town('Mâcon', '71000'),
]

export const ADDRESS_EXTRAS = [
  'Bâtiment B',
  'Appartement 12',
  '3e étage',
  'Résidence Les Platanes',
  'Escalier C',
] as const

export const COMPANIES = [
  'Boulangerie Fournier',
  'Cabinet Dentaire Roux',
  'Taxi Lyon Confluence',
  'Agence Immobilière du Rhône',
  'Pharmacie des Brotteaux',
  'Garage Perrin et Fils',
] as const

export const CUSTOMER_NOTES = [
  'Client fidèle, préfère être appelé en fin de journée.',
  'Demande systématiquement un devis écrit avant intervention.',
  'Joignable uniquement le matin.',
  'Professionnel : facture au nom de la société.',
] as const

export type Model = {
  brand: string
  model: string
  colors: readonly string[]
  /** Serial-number prefix and length. */
  serial: readonly [string, number]
  /** Type allocation code, first 8 digits of an IMEI (smartphones only). */
  tac?: string
}

/** What a repair takes from the stock; the part itself depends on the device's model. */
export type PartNeed =
  | 'ecran'
  | 'batterie'
  | 'connecteur'
  | 'vitre-arriere'
  | 'camera'
  | 'clavier'
  | 'ssd'
  | 'ram'
  | 'ventilateur'
  | 'charniere'
  | 'port-video'
  | 'haut-parleur'
  | 'bouton'
  | 'alimentation'
  | 'joystick'
  | 'pate-thermique'
  | 'adhesif'

export type Fault = {
  /** As the customer says it at the counter. */
  text: string
  /** Estimated price range in euros, incl. VAT. */
  price: readonly [number, number]
  cracks?: boolean
  /** Usually needs a part ordered. */
  parts?: boolean
  /** What the technician writes once the device is opened (internal note). */
  finding?: string
  /** Parts fitted during the intervention, when the shop stocks one for the model. */
  uses?: readonly PartNeed[]
}

const APPLE_COLORS = ['Noir minuit', 'Lumière stellaire', 'Bleu', '(PRODUCT)RED', 'Rose'] as const
const SAMSUNG_COLORS = ['Noir fantôme', 'Blanc', 'Vert', 'Lavande'] as const

export const MODELS: Record<TypeCode, Model[]> = {
  smartphone: [
    {
      brand: 'Apple',
      model: 'iPhone 11',
      colors: ['Noir', 'Blanc', 'Mauve', 'Vert'],
      serial: ['F2L', 12],
      tac: '35389510',
    },
    {
      brand: 'Apple',
      model: 'iPhone 12',
      colors: APPLE_COLORS,
      serial: ['F4G', 12],
      tac: '35307611',
    },
    {
      brand: 'Apple',
      model: 'iPhone 13',
      colors: APPLE_COLORS,
      serial: ['G0N', 12],
      tac: '35391311',
    },
    {
      brand: 'Apple',
      model: 'iPhone 14',
      colors: APPLE_COLORS,
      serial: ['K7W', 12],
      tac: '35469244',
    },
    {
      brand: 'Apple',
      model: 'iPhone 15',
      colors: ['Noir', 'Bleu', 'Vert', 'Jaune', 'Rose'],
      serial: ['M3Q', 12],
      tac: '35678415',
    },
    {
      brand: 'Apple',
      model: 'iPhone SE (2022)',
      colors: ['Minuit', 'Lumière stellaire', '(PRODUCT)RED'],
      serial: ['FFM', 12],
      tac: '35393912',
    },
    {
      brand: 'Samsung',
      model: 'Galaxy S21',
      colors: SAMSUNG_COLORS,
      serial: ['R58R', 11],
      tac: '35265312',
    },
    {
      brand: 'Samsung',
      model: 'Galaxy S22',
      colors: SAMSUNG_COLORS,
      serial: ['R5CT', 11],
      tac: '35095633',
    },
    {
      brand: 'Samsung',
      model: 'Galaxy S23',
      colors: ['Noir', 'Crème', 'Vert', 'Lavande'],
      serial: ['R5CW', 11],
      tac: '35073172',
    },
    {
      brand: 'Samsung',
      model: 'Galaxy A54 5G',
      colors: ['Graphite', 'Blanc', 'Lime'],
      serial: ['R58W', 11],
      tac: '35076381',
    },
    {
      brand: 'Google',
      model: 'Pixel 7',
      colors: ['Obsidian', 'Snow', 'Lemongrass'],
      serial: ['28111', 14],
      tac: '35566822',
    },
    {
      brand: 'Google',
      model: 'Pixel 8',
      colors: ['Obsidian', 'Hazel', 'Rose'],
      serial: ['38021', 14],
      tac: '35880414',
    },
    {
      brand: 'Xiaomi',
      model: 'Redmi Note 12',
      colors: ['Gris onyx', 'Bleu glacier'],
      serial: ['45127', 14],
      tac: '86791206',
    },
    {
      brand: 'Fairphone',
      model: 'Fairphone 4',
      colors: ['Gris', 'Vert'],
      serial: ['FP4', 12],
      tac: '35190212',
    },
  ],
  tablet: [
    {
      brand: 'Apple',
      model: 'iPad Air (5e génération)',
      colors: ['Gris sidéral', 'Bleu', 'Violet'],
      serial: ['DMP', 12],
    },
    {
      brand: 'Apple',
      model: 'iPad (9e génération)',
      colors: ['Gris sidéral', 'Argent'],
      serial: ['GG7', 12],
    },
    {
      brand: 'Apple',
      model: 'iPad Pro 11"',
      colors: ['Gris sidéral', 'Argent'],
      serial: ['H9F', 12],
    },
    {
      brand: 'Samsung',
      model: 'Galaxy Tab S8',
      colors: ['Graphite', 'Argent'],
      serial: ['R52T', 11],
    },
    { brand: 'Lenovo', model: 'Tab P11', colors: ['Gris ardoise'], serial: ['HA1', 8] },
  ],
  laptop: [
    {
      brand: 'Apple',
      model: 'MacBook Air M1',
      colors: ['Gris sidéral', 'Argent', 'Or'],
      serial: ['C02', 12],
    },
    {
      brand: 'Apple',
      model: 'MacBook Pro 14" M1 Pro',
      colors: ['Gris sidéral', 'Argent'],
      serial: ['FVFG', 12],
    },
    { brand: 'Lenovo', model: 'ThinkPad T14 Gen 2', colors: ['Noir'], serial: ['PF3', 8] },
    { brand: 'Dell', model: 'XPS 13 9310', colors: ['Platine', 'Blanc givré'], serial: ['', 7] },
    {
      brand: 'HP',
      model: 'Pavilion 15-eg',
      colors: ['Argent naturel', 'Or pâle'],
      serial: ['5CD', 10],
    },
    { brand: 'ASUS', model: 'ZenBook 14 UX425', colors: ['Gris pin'], serial: ['L9N0', 12] },
    { brand: 'Acer', model: 'Aspire 5 A515', colors: ['Argent', 'Noir'], serial: ['NXA', 22] },
  ],
  desktop: [
    {
      brand: 'Apple',
      model: 'iMac 24" M1',
      colors: ['Bleu', 'Vert', 'Argent'],
      serial: ['C02F', 12],
    },
    { brand: 'Dell', model: 'OptiPlex 7090', colors: ['Noir'], serial: ['', 7] },
    { brand: 'HP', model: 'ProDesk 400 G7', colors: ['Noir'], serial: ['CZC', 10] },
    {
      brand: 'Assemblé',
      model: 'PC tour Ryzen 5 / RTX 3060',
      colors: ['Noir'],
      serial: ['SN', 10],
    },
  ],
  console: [
    { brand: 'Sony', model: 'PlayStation 5', colors: ['Blanc'], serial: ['E', 17] },
    { brand: 'Sony', model: 'PlayStation 4 Pro', colors: ['Noir'], serial: ['MB', 17] },
    {
      brand: 'Nintendo',
      model: 'Switch OLED',
      colors: ['Blanc', 'Néon rouge/bleu'],
      serial: ['XTW', 14],
    },
    {
      brand: 'Nintendo',
      model: 'Switch',
      colors: ['Néon rouge/bleu', 'Gris'],
      serial: ['XAW', 14],
    },
    { brand: 'Microsoft', model: 'Xbox Series X', colors: ['Noir'], serial: ['0', 12] },
    { brand: 'Valve', model: 'Steam Deck 512 Go', colors: ['Noir'], serial: ['FVAA', 14] },
  ],
  tv: [
    { brand: 'Samsung', model: 'QLED QE55Q80B (55")', colors: ['Noir'], serial: ['0BKH3', 15] },
    { brand: 'LG', model: 'OLED55C2 (55")', colors: ['Argent foncé'], serial: ['205MA', 12] },
    { brand: 'Philips', model: '50PUS8507 (50")', colors: ['Anthracite'], serial: ['FZ1A', 14] },
    { brand: 'Sony', model: 'Bravia KD-55X85K (55")', colors: ['Noir'], serial: ['7', 7] },
  ],
  audio: [
    {
      brand: 'JBL',
      model: 'Flip 6',
      colors: ['Noir', 'Bleu', 'Rouge', 'Gris'],
      serial: ['TL0', 14],
    },
    {
      brand: 'JBL',
      model: 'Charge 5',
      colors: ['Noir', 'Bleu', 'Camouflage'],
      serial: ['GG1', 14],
    },
    { brand: 'Sonos', model: 'One (Gen 2)', colors: ['Noir', 'Blanc'], serial: ['5C-AA', 17] },
    { brand: 'Sonos', model: 'Beam (Gen 2)', colors: ['Noir', 'Blanc'], serial: ['48-A6', 17] },
    {
      brand: 'Bose',
      model: 'QuietComfort 45',
      colors: ['Noir', 'Blanc fumé'],
      serial: ['076', 17],
    },
    { brand: 'Marshall', model: 'Stanmore II', colors: ['Noir', 'Crème'], serial: ['MSII', 12] },
  ],
  other: [
    { brand: 'Garmin', model: 'Forerunner 255', colors: ['Ardoise', 'Blanc'], serial: ['5JK', 10] },
    { brand: 'DJI', model: 'Mini 3', colors: ['Gris'], serial: ['1WN', 14] },
    { brand: 'Amazon', model: 'Kindle Paperwhite', colors: ['Noir'], serial: ['G000', 16] },
  ],
}

export const FAULTS: Record<TypeCode, Fault[]> = {
  smartphone: [
    {
      text: "Écran cassé après une chute, l'affichage marche encore mais le tactile ne répond plus en bas.",
      price: [89, 289],
      cracks: true,
      finding:
        'Dalle OLED fissurée, tactile HS sur le tiers inférieur. Remplacement écran complet.',
      uses: ['ecran', 'adhesif'],
    },
    {
      text: 'La batterie ne tient plus la demi-journée, il s’éteint tout seul vers 30 %.',
      price: [59, 99],
      finding: 'Santé batterie à 71 %, 900 cycles. Remplacement batterie.',
      uses: ['batterie', 'adhesif'],
    },
    {
      text: 'Il ne charge plus, il faut tenir le câble dans une certaine position pour que ça charge.',
      price: [59, 89],
      finding:
        'Connecteur de charge encrassé et une broche tordue : nettoyage puis remplacement du connecteur.',
      uses: ['connecteur'],
    },
    {
      text: "Tombé dans l'eau à la piscine, il ne s'allume plus du tout.",
      price: [49, 199],
      parts: true,
      finding:
        'Oxydation sur la carte mère près du PMIC. Nettoyage ultrasons, court-circuit sur une ligne d’alimentation.',
    },
    {
      text: "Les gens ne m'entendent plus quand j'appelle, sauf en haut-parleur.",
      price: [49, 79],
      finding: 'Micro inférieur HS (nappe du connecteur de charge). Remplacement de la nappe.',
      uses: ['connecteur'],
    },
    {
      text: "L'appareil photo arrière fait des photos floues et fait un petit bruit.",
      price: [69, 149],
      parts: true,
      finding: 'Stabilisateur optique du module photo défaillant. Module à commander.',
      uses: ['camera'],
    },
    {
      text: 'Vitre arrière complètement éclatée, ça coupe les doigts.',
      price: [79, 149],
      cracks: true,
      uses: ['vitre-arriere', 'adhesif'],
    },
    {
      text: 'Il redémarre en boucle sur le logo depuis la dernière mise à jour.',
      price: [39, 69],
      finding: 'Échec de mise à jour. Restauration avec sauvegarde des données OK.',
    },
  ],
  tablet: [
    {
      text: 'Vitre fendue dans le coin, la fissure s’agrandit.',
      price: [99, 249],
      cracks: true,
      parts: true,
      uses: ['ecran', 'adhesif'],
    },
    {
      text: 'Ne charge plus du tout, reste bloquée à 1 %.',
      price: [69, 119],
      uses: ['connecteur'],
    },
    {
      text: "La batterie a gonflé, l'écran se décolle sur le côté.",
      price: [89, 149],
      parts: true,
      finding: 'Batterie gonflée, écran décollé mais intact. Remplacement batterie et recollage.',
      uses: ['batterie', 'adhesif'],
    },
    {
      text: 'Le bouton marche/arrêt est enfoncé et ne clique plus.',
      price: [59, 99],
      uses: ['bouton'],
    },
  ],
  laptop: [
    {
      text: "J'ai renversé du café sur le clavier, certaines touches ne marchent plus.",
      price: [129, 349],
      parts: true,
      finding:
        'Traces de liquide sous le clavier, carte mère saine. Remplacement du topcase/clavier.',
      uses: ['clavier'],
    },
    {
      text: "Charnière cassée, l'écran ne tient plus ouvert.",
      price: [89, 189],
      parts: true,
      uses: ['charniere'],
    },
    {
      text: "Ne démarre plus, le voyant s'allume mais l'écran reste noir.",
      price: [79, 299],
      finding: 'Barrette mémoire défectueuse identifiée au test. Remplacement RAM.',
      uses: ['ram'],
    },
    {
      text: 'Très lent et le ventilateur fait un bruit d’avion.',
      price: [59, 119],
      finding:
        'Ventilateur encrassé, pâte thermique sèche. Nettoyage complet + pâte thermique + SSD à 95 % plein.',
      uses: ['ventilateur', 'pate-thermique'],
    },
    {
      text: 'Windows ne démarre plus, écran bleu au démarrage.',
      price: [69, 129],
      finding: 'Disque SSD avec secteurs défectueux. Clonage puis remplacement par SSD 1 To.',
      uses: ['ssd'],
    },
    {
      text: 'Écran avec des lignes de couleur et des taches.',
      price: [149, 399],
      parts: true,
      uses: ['ecran'],
    },
  ],
  desktop: [
    {
      text: 'Ne s’allume plus du tout depuis un orage.',
      price: [79, 159],
      finding:
        'Alimentation HS (fusible grillé). Remplacement alimentation, reste de la machine OK.',
      uses: ['alimentation'],
    },
    {
      text: 'Écrans bleus à répétition quand je joue.',
      price: [59, 129],
      finding: 'Températures GPU à 92 °C, poussière. Nettoyage et test mémoire OK.',
      uses: ['pate-thermique'],
    },
    {
      text: 'Très bruyant et il chauffe beaucoup.',
      price: [49, 89],
      uses: ['ventilateur', 'pate-thermique'],
    },
  ],
  console: [
    {
      text: 'Plus d’image sur la télé, le port HDMI est abîmé.',
      price: [89, 149],
      parts: true,
      finding: 'Port HDMI arraché, pistes intactes. Remplacement du port en micro-soudure.',
      uses: ['port-video'],
    },
    {
      text: 'Les Joy-Con font bouger le personnage tout seul (drift).',
      price: [39, 69],
      uses: ['joystick'],
    },
    {
      text: 'Elle surchauffe et s’éteint au bout de 20 minutes de jeu.',
      price: [59, 99],
      finding:
        'Ventilateur bruyant, pâte thermique sèche. Nettoyage et remplacement pâte thermique.',
      uses: ['pate-thermique'],
    },
    {
      text: 'Le lecteur ne lit plus les disques, il fait un bruit de clic.',
      price: [79, 129],
      parts: true,
    },
    {
      text: "L'écran de la console est rayé et une fissure est apparue.",
      price: [89, 159],
      cracks: true,
    },
  ],
  tv: [
    {
      text: 'Le son marche mais il n’y a plus d’image.',
      price: [149, 349],
      parts: true,
      finding: 'Rétroéclairage LED HS (3 barrettes). Commande du kit de barrettes.',
    },
    {
      text: 'Elle s’éteint toute seule au bout de quelques minutes.',
      price: [99, 249],
      finding: 'Carte alimentation : condensateurs gonflés. Remplacement des condensateurs.',
    },
    {
      text: "Des bandes verticales sont apparues sur tout l'écran.",
      price: [199, 449],
      parts: true,
    },
  ],
  audio: [
    {
      text: 'Elle ne charge plus, la lumière ne s’allume pas quand je la branche.',
      price: [49, 79],
      finding:
        'Port USB-C dessoudé, une patte arrachée. Remplacement du connecteur en micro-soudure.',
      uses: ['connecteur'],
    },
    {
      text: 'Le son grésille même à faible volume.',
      price: [59, 119],
      parts: true,
      uses: ['haut-parleur'],
    },
    {
      text: "Elle n'arrive plus à se connecter au Wi-Fi après une coupure de courant.",
      price: [39, 69],
    },
    { text: 'Le casque ne s’allume plus et un côté ne marche plus.', price: [49, 89] },
  ],
  other: [
    { text: 'La montre ne charge plus sur son socle.', price: [39, 69] },
    {
      text: 'Le drone a fait une chute, une hélice et le bras ne tiennent plus.',
      price: [59, 129],
      parts: true,
    },
    { text: 'La liseuse reste figée sur la même page, rien ne répond.', price: [39, 79] },
  ],
}

export const ACCESSORIES: Record<TypeCode, readonly string[]> = {
  smartphone: ['Coque', 'Câble USB-C', 'Chargeur secteur', 'Étui à rabat'],
  tablet: ['Étui', 'Câble de charge', 'Stylet'],
  laptop: ['Chargeur', 'Sacoche', 'Souris', 'Adaptateur USB-C'],
  desktop: ['Câble secteur', 'Clavier', 'Souris'],
  console: ['Manette', 'Câble HDMI', 'Alimentation', 'Dock'],
  tv: ['Télécommande', 'Pied', 'Câble secteur'],
  audio: ['Câble de charge', 'Étui de transport'],
  other: ['Câble de charge', 'Socle'],
}

export const MISSING_PARTS = [
  'Tiroir SIM absent',
  'Une vis du capot manquante',
  'Cache du port USB manquant',
  'Pied en caoutchouc manquant',
] as const

export const CONDITION_NOTES = [
  'Protection d’écran fissurée, laissée en place.',
  'Coque retirée à la demande du client.',
  'Traces d’usure sur les angles.',
  'Autocollants sur le capot, à ne pas retirer.',
  'Appareil très sale, poussière dans les grilles.',
  'Code de déverrouillage transmis oralement, non noté.',
] as const

/** Messages sent to the customer while the repair goes on. */
export const CUSTOMER_MESSAGES = {
  parts:
    'Bonjour, la pièce nécessaire est commandée chez notre fournisseur. Réception prévue sous 3 à 5 jours ouvrés, nous vous tenons informé.',
  quote:
    'Bonjour, le diagnostic est terminé : le devis vous a été envoyé, la réparation démarre dès votre accord.',
  refused: 'Devis refusé par le client, appareil remonté et rendu en l’état.',
  ready:
    'Bonjour, votre appareil est réparé et testé. Vous pouvez venir le récupérer aux horaires d’ouverture.',
} as const
