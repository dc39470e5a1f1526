import type { LibraryTranslations } from './action-library';

/**
 * The action library in French, entry by entry (keys of templates/action-library.ts), as a UN publications
 * officer would write it for a francophone government. French typography is in the strings themselves: a
 * no-break space (U+00A0) before ":" and a narrow no-break space (U+202F) before ";", "?" and "!", so that
 * the PDF never breaks a line before the mark. Straight apostrophes throughout, hence double-quoted strings.
 */
export const ACTION_LIBRARY_FR: LibraryTranslations = {
  // ── Systèmes d’aéronefs sans pilote (UAS) ──────────────────────────────────────────────────────
  "uas-legal-1": {
    title: "Adopter des règles relatives à l’enregistrement des drones et de leurs exploitants",
    description:
      "Élaborer et adopter une réglementation imposant l’enregistrement des aéronefs sans pilote dépassant un seuil de masse, ainsi que de leurs exploitants, avec l’identification de chaque appareil, afin qu’un drone survolant une foule puisse être rattaché à son propriétaire.",
    indicator: "Réglementation sur l’enregistrement entrée en vigueur et proportion de drones enregistrés",
  },
  "uas-legal-2": {
    title: "Établir des dispositifs de géorepérage et des zones d’interdiction de survol au-dessus des cibles vulnérables",
    description:
      "Définir des restrictions de vol permanentes et temporaires au-dessus des infrastructures critiques, des sites religieux et des grands événements, et imposer aux fabricants et aux importateurs de les intégrer dans les systèmes de géorepérage.",
    indicator: "Zones d’interdiction de survol publiées et appliquées sur les sites désignés",
  },
  "uas-legal-3": {
    title: "Conférer aux autorités compétentes un mandat légal pour prendre des mesures de lutte contre les drones",
    description:
      "Établir une base juridique claire, assortie de garanties, permettant aux autorités désignées de détecter, de suivre, de prendre le contrôle ou de neutraliser les drones qui menacent des cibles vulnérables, y compris des règles relatives au brouillage radioélectrique.",
    indicator: "Loi ou décret adopté désignant les autorités compétentes et les mesures autorisées",
  },
  "uas-legal-4": {
    title: "Ériger en infraction l’utilisation de drones à des fins hostiles et la fourniture de leurs composants à des terroristes",
    description:
      "Mettre le droit pénal en conformité avec la résolution S/RES/2370 (2017) : incriminer l’utilisation de drones pour commettre des attentats ou effectuer des repérages, ainsi que l’acquisition de systèmes d’aéronefs sans pilote (UAS) et de leurs composants au profit de groupes terroristes.",
    indicator: "Infractions en vigueur et affaires ayant donné lieu à des poursuites",
  },
  "uas-policy-1": {
    title: "Intégrer la menace liée aux systèmes d’aéronefs sans pilote dans l’évaluation nationale des risques et des menaces",
    description:
      "Évaluer la manière dont les drones pourraient servir à la surveillance de cibles vulnérables ou à des attaques contre celles-ci, ainsi que la manière dont les autorités pourraient les employer en toute légalité, dans le cadre de l’évaluation nationale exigée par la résolution S/RES/2396 (2017).",
    indicator: "Évaluation nationale mise à jour et dotée d’un chapitre consacré aux UAS",
  },
  "uas-policy-2": {
    title: "Adopter une stratégie nationale de lutte contre la menace liée aux systèmes d’aéronefs sans pilote",
    description:
      "Adopter une stratégie qui définit les rôles, les priorités de détection par type de site et d’événement, les principes d’acquisition et la coopération avec les fabricants et les exploitants.",
    indicator: "Stratégie adoptée, assortie d’un plan de mise en œuvre",
  },
  "uas-policy-3": {
    title: "Établir des garanties en matière de droits de l’homme encadrant l’utilisation de drones par les autorités",
    description:
      "Adopter des règles relatives à la nécessité, à la proportionnalité, à la conservation des données et au contrôle lorsque les forces de sécurité utilisent des drones pour la gestion des foules, la surveillance ou l’appui aux évacuations.",
    indicator: "Garanties adoptées et publiées",
  },
  "uas-institutional-1": {
    title: "Désigner un point focal national chargé de la menace liée aux systèmes d’aéronefs sans pilote",
    description:
      "Désigner une autorité chef de file chargée de coordonner l’action de l’aviation civile, de la police, des forces armées et des services de renseignement face à la menace des UAS, et servant d’interlocuteur aux partenaires internationaux.",
    indicator: "Point focal désigné et doté d’un mandat",
  },
  "uas-institutional-2": {
    title: "Nouer des partenariats public-privé avec les fabricants et les exploitants de drones",
    description:
      "Instaurer des échanges réguliers avec les fabricants, les distributeurs et les exploitants professionnels sur le géorepérage, l’identification à distance et le signalement des achats suspects.",
    indicator: "Réunions de partenariat tenues et canal de signalement opérationnel",
  },
  "uas-institutional-3": {
    title: "Échanger des informations sur les incidents impliquant des drones avec les partenaires régionaux et internationaux",
    description:
      "Signaler les incidents impliquant des drones et les composants saisis par les canaux d’INTERPOL et les mécanismes régionaux, afin de démanteler les réseaux d’approvisionnement.",
    indicator: "Incidents signalés par les canaux internationaux",
  },
  "uas-operational-1": {
    title: "Déployer des moyens de détection des drones lors des grands événements et sur les sites critiques",
    description:
      "Planifier le déploiement d’équipements de détection et de suivi, servis par des opérateurs formés, dans les stades, lors des rassemblements de masse et sur les infrastructures critiques désignées.",
    indicator: "Événements couverts par un dispositif de détection des UAS",
  },
  "uas-operational-2": {
    title: "Adopter des procédures opérationnelles normalisées en cas d’incident impliquant un drone",
    description:
      "Rédiger des procédures d’intervention face à un drone non autorisé survolant une foule : chaîne d’alerte, décision d’interrompre un événement ou d’évacuer, neutralisation et localisation du télépilote.",
    indicator: "Procédures adoptées et éprouvées lors d’exercices",
  },
  "uas-operational-3": {
    title: "Former les enquêteurs à la criminalistique appliquée aux drones",
    description:
      "Former les policiers et le personnel de police scientifique à récupérer les journaux de vol, à identifier l’exploitant et à préserver les éléments de preuve provenant de drones saisis ou abattus.",
    indicator: "Enquêteurs formés et matériel de criminalistique disponible",
  },
  "uas-operational-4": {
    title: "Utiliser les drones de manière licite pour améliorer la connaissance de la situation lors des grands événements",
    description:
      "Équiper et former les autorités afin qu’elles utilisent des drones, dans le respect des garanties établies, pour surveiller la densité des foules, appuyer les évacuations et guider les intervenants lors d’un incident.",
    indicator: "Événements appuyés par des opérations de drones autorisées",
  },

  // ── Centres urbains ────────────────────────────────────────────────────────────────────────────
  "urban-legal-1": {
    title: "Définir dans la loi les obligations des exploitants de lieux publics très fréquentés",
    description:
      "Fixer des obligations minimales de sécurité (évaluation des risques, plan de sécurité, personnel formé), proportionnées à leur taille, pour les exploitants de centres commerciaux, de pôles de transport et de places publiques.",
    indicator: "Réglementation adoptée et proportion de sites désignés dotés d’un plan de sécurité",
  },
  "urban-legal-2": {
    title: "Réglementer le contrôle de l’accès des véhicules aux zones piétonnes",
    description:
      "Conférer aux municipalités le pouvoir de fermer des rues et d’installer des barrières contre les attaques au véhicule-bélier dans les zones piétonnes ainsi que lors des rassemblements, des processions et des marchés.",
    indicator: "Réglementation adoptée et zones protégées désignées",
  },
  "urban-legal-3": {
    title: "Établir un cadre juridique pour les victimes d’attentats commis dans des lieux publics",
    description:
      "Garantir aux victimes d’attentats terroristes une assistance, une indemnisation et un soutien psychologique, au moyen d’un guichet unique.",
    indicator: "Cadre adopté et victimes prises en charge",
  },
  "urban-policy-1": {
    title: "Recenser et évaluer les cibles vulnérables des principales villes",
    description:
      "Dresser la liste des lieux très fréquentés, des pôles de transport, des marchés et des places publiques, et en évaluer la vulnérabilité selon une méthode commune, comme le demande la résolution S/RES/2396 (2017).",
    indicator: "Sites recensés et évalués",
  },
  "urban-policy-2": {
    title: "Intégrer les mesures de protection dans l’urbanisme",
    description:
      "Faire de la sécurité dès la conception une condition de délivrance des permis de construire pour les nouveaux espaces publics : distances de sécurité, aménagements paysagers faisant obstacle aux véhicules et itinéraires d’évacuation.",
    indicator: "Lignes directrices d’urbanisme adoptées et appliquées aux nouveaux projets",
  },
  "urban-policy-3": {
    title: "Adopter des plans d’urgence en cas d’attentat dans les centres-villes",
    description:
      "Élaborer, à l’échelle des villes, des plans d’urgence et d’intervention face aux attentats terroristes visant les lieux publics, précisant les rôles respectifs des services municipaux et des forces nationales.",
    indicator: "Plans d’urgence adoptés dans les principales villes",
  },
  "urban-institutional-1": {
    title: "Créer des conseils locaux de sécurité réunissant les municipalités et les entreprises",
    description:
      "Réunir les maires, la police, la protection civile, les opérateurs de transport et les commerçants afin d’échanger des informations et de planifier les mesures de protection.",
    indicator: "Conseils se réunissant régulièrement dans les principales villes",
  },
  "urban-institutional-2": {
    title: "Mettre en place un échange d’informations entre la police et la sécurité privée",
    description:
      "Créer un canal permettant au personnel de sécurité privée de signaler les comportements suspects et à la police de transmettre aux exploitants de sites des informations sur la menace.",
    indicator: "Signalements reçus par ce canal",
  },
  "urban-institutional-3": {
    title: "Organiser des retours d’expérience conjoints après les incidents",
    description:
      "Après chaque incident ou exercice, procéder à un examen conjoint de l’intervention et assurer le suivi des recommandations qui en découlent.",
    indicator: "Examens réalisés et recommandations mises en œuvre",
  },
  "urban-operational-1": {
    title: "Former le personnel de sécurité privée des lieux très fréquentés",
    description:
      "Former les agents de sécurité et d’accueil à reconnaître les repérages hostiles, à fouiller les sacs et à guider le public lors d’une évacuation.",
    indicator: "Personnel formé, par site",
  },
  "urban-operational-2": {
    title: "Organiser un exercice d’intervention conjointe face à un attentat faisant de nombreuses victimes en milieu urbain",
    description:
      "Organiser un exercice grandeur nature associant la police, la protection civile, les services de santé et le personnel municipal, y compris un volet de communication de crise.",
    indicator: "Exercice réalisé et enseignements consignés",
  },
  "urban-operational-3": {
    title: "Installer des systèmes d’alerte à la population et de communication de crise",
    description:
      "Doter les centres-villes de moyens d’alerter la population et de lui donner des consignes lors d’un attentat, et préparer des messages de crise pour contrer les rumeurs.",
    indicator: "Système d’alerte opérationnel et messages préparés",
  },

  // ── Sites touristiques ─────────────────────────────────────────────────────────────────────────
  "tourism-legal-1": {
    title: "Fixer des normes de sécurité pour les hôtels, les plages et les sites touristiques",
    description:
      "Définir des normes minimales de sécurité, proportionnées à la taille des établissements, pour les hôtels, les complexes touristiques, les plages, les musées et les sites patrimoniaux, et en faire une condition d’octroi des licences d’exploitation.",
    indicator: "Normes adoptées et sites inspectés",
  },
  "tourism-legal-2": {
    title: "Permettre l’échange licite d’informations sur les voyageurs aux fins de la lutte contre le terrorisme",
    description:
      "Établir la base juridique et les garanties nécessaires à la collecte des informations préalables sur les voyageurs (API) et des fiches d’enregistrement hôtelier, ainsi qu’à leur vérification au regard des listes de surveillance.",
    indicator: "Base juridique adoptée et vérifications effectuées",
  },
  "tourism-policy-1": {
    title: "Évaluer la menace pesant sur les sites touristiques en concertation avec le secteur du tourisme",
    description:
      "Réaliser, avec le ministère chargé du tourisme et les opérateurs, une évaluation conjointe de la menace et de la vulnérabilité des principales destinations touristiques.",
    indicator: "Évaluation réalisée pour les principales destinations",
  },
  "tourism-policy-2": {
    title: "Élaborer un plan de relance du tourisme après un attentat",
    description:
      "Planifier l’assistance aux touristes, à leurs autorités consulaires et au secteur après un attentat, y compris la communication de crise visant à rétablir la confiance.",
    indicator: "Plan de relance adopté",
  },
  "tourism-policy-3": {
    title: "Convenir de protocoles de communication de crise avec les voyagistes et les ambassades",
    description:
      "Convenir de la manière dont les autorités, les opérateurs et les ambassades informent les touristes et leurs familles pendant et après un incident.",
    indicator: "Protocole convenu et éprouvé",
  },
  "tourism-institutional-1": {
    title: "Créer une police touristique ou une unité de sécurité spécialisée",
    description:
      "Établir une unité formée pour protéger les zones touristiques, assurer la liaison avec les opérateurs et porter assistance aux visiteurs étrangers.",
    indicator: "Unité créée et déployée sur les principaux sites",
  },
  "tourism-institutional-2": {
    title: "Nouer un partenariat public-privé en matière de sécurité avec le secteur du tourisme",
    description:
      "Mettre en place un forum permanent réunissant les autorités, les associations hôtelières et les voyagistes afin d’échanger des informations sur la menace et des bonnes pratiques.",
    indicator: "Forum réuni et informations échangées",
  },
  "tourism-operational-1": {
    title: "Former le personnel des hôtels et des sites à la vigilance face à la menace et à l’évacuation",
    description:
      "Former le personnel d’accueil et de sécurité ainsi que les guides à repérer les activités de reconnaissance hostile, à réagir à un attentat et à évacuer les clients.",
    indicator: "Personnel formé, par site",
  },
  "tourism-operational-2": {
    title: "Organiser un exercice d’intervention face à un attentat contre un site touristique",
    description:
      "Organiser un exercice associant la police, les services de santé, l’exploitant du site et les services consulaires, y compris la prise en charge des victimes étrangères.",
    indicator: "Exercice réalisé et enseignements consignés",
  },
  "tourism-operational-3": {
    title: "Protéger les sites touristiques par des mesures physiques et le contrôle des accès",
    description:
      "Installer des barrières anti-véhicules, des dispositifs de contrôle aux entrées et des itinéraires d’évacuation protégés sur les sites les plus exposés.",
    indicator: "Sites équipés",
  },

  // ── Grands événements sportifs ─────────────────────────────────────────────────────────────────
  "events-legal-1": {
    title: "Adopter un cadre juridique pour la sécurité des grands événements",
    description:
      "Définir les responsabilités des organisateurs, des gestionnaires d’enceintes et des pouvoirs publics, les périmètres de sécurité et les pouvoirs de contrôle des spectateurs.",
    indicator: "Cadre adopté avant le prochain grand événement",
  },
  "events-legal-2": {
    title: "Réglementer l’accréditation et les enquêtes de sécurité concernant le personnel des événements",
    description:
      "Imposer l’accréditation et des vérifications pour les stadiers, les prestataires et les bénévoles ayant accès aux enceintes.",
    indicator: "Personnel accrédité et vérifié",
  },
  "events-policy-1": {
    title: "Réaliser une évaluation de la menace pour chaque grand événement",
    description:
      "Évaluer les menaces, y compris celles liées aux drones et aux véhicules, pour chaque grand événement et les zones de supporters qui l’entourent, et tenir cette évaluation à jour jusqu’à l’événement.",
    indicator: "Évaluation établie pour chaque grand événement",
  },
  "events-policy-2": {
    title: "Adopter un plan de sécurité intégré pour les grands événements",
    description:
      "Adopter un plan unique couvrant les enceintes, les zones de supporters, les transports et la ville, assorti de plans d’urgence en cas d’attentat et d’incident de foule.",
    indicator: "Plan intégré adopté et éprouvé",
  },
  "events-policy-3": {
    title: "Planifier la continuité et la reprise des événements après un incident",
    description:
      "Déterminer à l’avance les modalités de suspension, de reprise ou de délocalisation d’un événement, ainsi que d’information des spectateurs.",
    indicator: "Dispositions de continuité adoptées",
  },
  "events-institutional-1": {
    title: "Mettre en place un commandement conjoint pour la sécurité des grands événements",
    description:
      "Créer un commandement unique réunissant la police, la gendarmerie, la protection civile, les services de santé, l’organisateur et le gestionnaire de l’enceinte, doté d’un poste de commandement et d’un réseau radio communs.",
    indicator: "Commandement conjoint opérationnel pour le prochain grand événement",
  },
  "events-institutional-2": {
    title: "Coopérer à l’échelle internationale en matière de sécurité des grands événements",
    description:
      "Recourir à INTERPOL et à la coopération régionale pour obtenir des informations sur les supporters venus de l’étranger et les menaces extérieures, et tirer les enseignements d’autres événements.",
    indicator: "Dispositifs de coopération en place",
  },
  "events-institutional-3": {
    title: "Associer les organisateurs et les sponsors à un partenariat en matière de sécurité",
    description:
      "Convenir avec les organisateurs, les clubs et les sponsors du financement, des normes applicables aux stadiers et de l’échange d’informations relatives à la sécurité.",
    indicator: "Accord de partenariat signé",
  },
  "events-operational-1": {
    title: "Former les stadiers et le personnel des enceintes au filtrage et à la gestion des foules",
    description:
      "Former les stadiers à filtrer les spectateurs, à gérer les foules, à détecter les comportements suspects et à évacuer les tribunes.",
    indicator: "Stadiers formés, par enceinte",
  },
  "events-operational-2": {
    title: "Protéger les zones de supporters et le dernier kilomètre aux abords des enceintes",
    description:
      "Sécuriser les zones de supporters et leurs accès par des barrières anti-véhicules, le filtrage et la surveillance, et en planifier l’évacuation.",
    indicator: "Zones de supporters protégées lors du prochain grand événement",
  },
  "events-operational-3": {
    title: "Organiser un exercice d’intervention face à un attentat lors d’un grand événement",
    description:
      "Organiser un exercice sur table et un exercice grandeur nature simulant un attentat dans une enceinte, y compris un scénario impliquant un drone et un volet de communication de crise.",
    indicator: "Exercices réalisés avant l’événement",
  },
  "events-operational-4": {
    title: "Préparer les enquêtes consécutives à un incident dans les enceintes",
    description:
      "Planifier la préservation des éléments de preuve, l’identification des victimes et la collecte des images de vidéosurveillance dans les enceintes, afin que les enquêteurs puissent agir sans délai.",
    indicator: "Procédures adoptées et enquêteurs informés",
  },

  // ── Sites religieux ────────────────────────────────────────────────────────────────────────────
  "religious-legal-1": {
    title: "Établir une base juridique pour la protection des lieux de culte",
    description:
      "Habiliter les autorités à sécuriser les lieux de culte et les rassemblements religieux, en accord avec les communautés religieuses, et à financer des mesures de protection.",
    indicator: "Base juridique adoptée",
  },
  "religious-legal-2": {
    title: "Renforcer les poursuites contre les auteurs d’attaques et de menaces visant les sites religieux",
    description:
      "Veiller à ce que le droit pénal réprime les attaques, les menaces et l’incitation visant les lieux de culte, et enregistrer ces faits dans une catégorie distincte.",
    indicator: "Infractions enregistrées et poursuivies",
  },
  "religious-policy-1": {
    title: "Évaluer la vulnérabilité des lieux de culte et des rassemblements religieux",
    description:
      "Évaluer, avec les communautés religieuses, la vulnérabilité des principaux lieux de culte, pèlerinages, processions et fêtes religieuses.",
    indicator: "Sites et rassemblements évalués",
  },
  "religious-policy-2": {
    title: "Intégrer le dialogue interreligieux dans la politique de prévention",
    description:
      "Appuyer, avec l’UNAOC, les initiatives interreligieuses visant à contrer les discours de haine et l’incitation dirigés contre les communautés religieuses.",
    indicator: "Initiatives appuyées",
  },
  "religious-policy-3": {
    title: "Planifier le soutien aux communautés après un attentat contre un site religieux",
    description:
      "Planifier le soutien psychologique, la protection de la communauté et la remise en état du site après un attentat.",
    indicator: "Plan de soutien adopté",
  },
  "religious-institutional-1": {
    title: "Établir une liaison entre les responsables religieux et les services de sécurité",
    description:
      "Créer un mécanisme de liaison permanent permettant aux responsables religieux de signaler les menaces et à la police de les conseiller sur les mesures de protection.",
    indicator: "Officiers de liaison désignés et réunions tenues",
  },
  "religious-institutional-2": {
    title: "Étendre à toutes les régions le partenariat de sécurité avec les communautés religieuses",
    description:
      "S’appuyer sur la coopération existante pour couvrir les lieux de culte de l’ensemble du territoire, avec des examens conjoints réguliers.",
    indicator: "Régions couvertes par le partenariat",
  },
  "religious-operational-1": {
    title: "Former les bénévoles et les gardiens des lieux de culte",
    description:
      "Former les personnes chargées d’accueillir les fidèles à reconnaître les comportements suspects, à contrôler les accès pendant les offices et à procéder à l’évacuation.",
    indicator: "Bénévoles formés, par site",
  },
  "religious-operational-2": {
    title: "Planifier la sécurité des pèlerinages et des processions",
    description:
      "Planifier les itinéraires, la protection contre les véhicules et les drones, ainsi que les dispositifs médicaux et d’évacuation, pour les grands rassemblements religieux.",
    indicator: "Plans de sécurité établis pour les principaux rassemblements",
  },
  "religious-operational-3": {
    title: "Mettre en place des mesures de protection dans les lieux de culte les plus exposés",
    description:
      "Installer des barrières, un éclairage, des caméras et des systèmes d’alarme sur les sites les plus exposés, dans le respect de leur caractère religieux.",
    indicator: "Sites équipés",
  },

  // ── Capacités transversales ────────────────────────────────────────────────────────────────────
  "urban-institutional-4": {
    title: "Établir un mécanisme national de coordination pour la protection des cibles vulnérables",
    description:
      "Créer un mécanisme réunissant les ministères, les municipalités et les opérateurs privés afin de fixer les priorités et d’assurer le suivi de la feuille de route, comme y encourage le paragraphe 71 de la résolution A/RES/75/291.",
    indicator: "Mécanisme établi et se réunissant régulièrement",
  },
  "tourism-legal-3": {
    title: "Exiger des plans d’urgence pour les grands hôtels et complexes touristiques",
    description:
      "Faire des plans d’urgence et d’évacuation, éprouvés chaque année, une condition d’octroi de la licence d’exploitation des grands hôtels et complexes touristiques.",
    indicator: "Plans déposés et éprouvés",
  },
  "events-legal-3": {
    title: "Encadrer l’usage des drones et restreindre l’espace aérien autour des grands événements",
    description:
      "Instaurer des restrictions de vol temporaires au-dessus des enceintes et des zones de supporters, et habiliter les autorités à les faire respecter pendant les événements.",
    indicator: "Restrictions en place pour chaque grand événement",
  },
  "religious-policy-4": {
    title: "Adopter un plan national de protection des sites religieux",
    description:
      "Adopter un plan, convenu avec les communautés religieuses, qui fixe les priorités, les financements et les responsabilités en matière de protection des lieux de culte.",
    indicator: "Plan adopté",
  },
  "uas-policy-4": {
    title: "Tirer les enseignements des incidents impliquant des drones, sur le territoire national et à l’étranger",
    description:
      "Recueillir les enseignements des incidents et des attaques impliquant des drones, sur le territoire national et dans d’autres pays, et mettre à jour en conséquence les évaluations, les règles et les procédures.",
    indicator: "Enseignements examinés chaque année et mesures mises à jour",
  },
};
