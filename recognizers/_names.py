"""Name dictionaries: common given names and surnames (EN), surnames (JA, ZH), honorifics.

The EN lists add the most frequent given names and surnames of the US census name frequency
tables (1990, public domain), less those that are everyday English words (Little, Church, Hope).
"""

from __future__ import annotations

EN_GIVEN = frozenset(["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Gerald", "Harold", "Sean", "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy", "Joe", "Bruce", "Gabriel", "Logan", "Albert", "Willie", "Alan", "Juan", "Wayne", "Elijah", "Randy", "Roy", "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Liam", "Oliver", "Lucas", "Leo", "Owen", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Ava", "Mia", "Chloe", "Ella", "Zoe", "Lily", "Priya", "Raj", "Rahul", "Wei", "Ming", "Hiro", "Yuki", "Kenji", "Akira", "Mohammed", "Ahmed", "Ali", "Fatima", "Omar", "Carlos", "Luis", "Miguel", "Sofia", "Elena", "Ivan", "Olga", "Anya", "Hans", "Klaus", "Pierre", "Jean-Luc", "Marco", "Giulia", "Lars", "Ingrid", "Sven", "Kim", "Tom", "Ben", "Sam", "Max", "Alex", "Chris", "Pat", "Kate", "Jane", "Lucy", "Ellen", "Nina", "Eva", "Rosa", "Paula", "Claire", "Fiona", "Ian", "Neil", "Colin", "Simon", "Graham", "Stuart", "Gavin"])

EN_SURNAMES = frozenset(["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen", "Peters", "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley", "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Pena", "Richards", "Willis", "Carpenter", "Lawrence", "Sandoval", "Wang", "Zhang", "Li", "Liu", "Yamamoto", "Tanaka", "Suzuki", "Sato", "Mueller", "Schneider", "Rossi", "Dubois", "Novak", "Singh", "Kumar", "Sharma", "Khan", "Ali", "Ahmed", "Hussain", "Cohen", "Levy", "Murphy", "Kowalski", "Ivanov", "Petrov", "OBrien", "O'Brien", "O'Connor", "MacDonald"])

_CENSUS_GIVEN = frozenset([
    "Harry", "Fred", "Steve", "Howard", "Victor", "Martin", "Ernest", "Phillip", "Todd", "Craig", "Shawn", "Clarence",
    "Johnny", "Earl", "Jimmy", "Antonio", "Danny", "Tony", "Mike", "Stanley", "Leonard", "Manuel", "Rodney", "Curtis",
    "Norman", "Allen", "Marvin", "Glenn", "Jeffery", "Travis", "Jeff", "Chad", "Lee", "Melvin", "Alfred", "Francis",
    "Bradley", "Herbert", "Frederick", "Joel", "Edwin", "Eddie", "Ricky", "Troy", "Randall", "Barry", "Bernard",
    "Mario", "Leroy", "Francisco", "Marcus", "Micheal", "Theodore", "Clifford", "Oscar", "Jim", "Calvin", "Jon",
    "Ronnie", "Lloyd", "Tommy", "Leon", "Derek", "Warren", "Darrell", "Jerome", "Floyd", "Alvin", "Tim", "Wesley",
    "Gordon", "Greg", "Jorge", "Dustin", "Pedro", "Derrick", "Dan", "Lewis", "Corey", "Herman", "Maurice", "Vernon",
    "Roberto", "Clyde", "Hector", "Shane", "Ricardo", "Lester", "Brent", "Ramon", "Charlie", "Gilbert", "Marc",
    "Reginald", "Ruben", "Brett", "Nathaniel", "Rafael", "Leslie", "Edgar", "Milton", "Raul", "Chester", "Cecil",
    "Duane", "Franklin", "Andre", "Elmer", "Brad", "Ron", "Mitchell", "Roland", "Arnold", "Harvey", "Jared", "Adrian",
    "Karl", "Cory", "Claude", "Erik", "Darryl", "Jamie", "Jessie", "Javier", "Fernando", "Clinton", "Ted", "Mathew",
    "Tyrone", "Darren", "Lonnie", "Cody", "Julio", "Kurt", "Allan", "Nelson", "Clayton", "Hugh", "Dwayne", "Dwight",
    "Armando", "Felix", "Jimmie", "Everett", "Wallace", "Ken", "Bob", "Jaime", "Casey", "Alfredo", "Alberto", "Dave",
    "Johnnie", "Sidney", "Byron", "Julian", "Isaac", "Morris", "Clifton", "Willard", "Daryl", "Ross", "Virgil", "Andy",
    "Marshall", "Salvador", "Perry", "Kirk", "Sergio", "Tracy", "Seth", "Terrance", "Rene", "Eduardo", "Terrence",
    "Enrique", "Freddie", "Wade", "Fredrick", "Arturo", "Alejandro", "Jackie", "Joey", "Nick", "Luther", "Wendell",
    "Jeremiah", "Evan", "Julius", "Dana", "Donnie", "Otis", "Shannon", "Trevor", "Luke", "Homer", "Gerard", "Doug",
    "Kenny", "Hubert", "Angelo", "Shaun", "Lyle", "Matt", "Alfonso", "Orlando", "Carlton", "Ernesto", "Cameron", "Neal",
    "Pablo", "Lorenzo", "Wilbur", "Blake", "Horace", "Roderick", "Kerry", "Abraham", "Willis", "Rickey", "Ira",
    "Andres", "Cesar", "Johnathan", "Malcolm", "Rudolph", "Damon", "Kelvin", "Rudy", "Preston", "Alton", "Archie",
    "Pete", "Randolph", "Garry", "Geoffrey", "Jonathon", "Felipe", "Bennie", "Gerardo", "Dominic", "Robin", "Loren",
    "Delbert", "Guillermo", "Earnest", "Benny", "Noel", "Spencer", "Rodolfo", "Myron", "Edmund", "Garrett", "Salvatore",
    "Cedric", "Lowell", "Gregg", "Wilson", "Devin", "Sylvester", "Roosevelt", "Jermaine", "Mildred", "Kathy", "Tammy",
    "Irene", "Louise", "Anne", "Wanda", "Bonnie", "Julia", "Lois", "Tina", "Phyllis", "Norma", "Annie", "Lillian",
    "Peggy", "Gladys", "Rita", "Connie", "Florence", "Edna", "Tiffany", "Carmen", "Cindy", "Wendy", "Edith", "Sherry",
    "Sylvia", "Josephine", "Thelma", "Sheila", "Ethel", "Elaine", "Marjorie", "Carrie", "Monica", "Esther", "Pauline",
    "Juanita", "Anita", "Rhonda", "Debbie", "Clara", "Lucille", "Joanne", "Eleanor", "Valerie", "Alicia", "Suzanne",
    "Michele", "Gail", "Bertha", "Darlene", "Veronica", "Jill", "Erin", "Geraldine", "Cathy", "Joann", "Lorraine",
    "Sally", "Regina", "Erica", "Beatrice", "Dolores", "Bernice", "Audrey", "Yvonne", "Annette", "Stacy", "Ana",
    "Renee", "Ida", "Vivian", "Roberta", "Melanie", "Loretta", "Yolanda", "Jeanette", "Laurie", "Katie", "Kristen",
    "Vanessa", "Alma", "Sue", "Elsie", "Beth", "Jeanne", "Vicki", "Carla", "Tara", "Rosemary", "Eileen", "Terri",
    "Gertrude", "Tonya", "Stacey", "Wilma", "Gina", "Kristin", "Agnes", "Vera", "Charlene", "Bessie", "Delores",
    "Melinda", "Arlene", "Maureen", "Colleen", "Allison", "Tamara", "Georgia", "Constance", "Lillie", "Claudia",
    "Marcia", "Tanya", "Nellie", "Minnie", "Marlene", "Heidi", "Glenda", "Lydia", "Viola", "Courtney", "Marian",
    "Stella", "Caroline", "Dora", "Vickie", "Mattie", "Maxine", "Irma", "Mabel", "Marsha", "Myrtle", "Lena", "Christy",
    "Deanna", "Patsy", "Hilda", "Gwendolyn", "Jennie", "Nora", "Margie", "Cassandra", "Leah", "Priscilla", "Naomi",
    "Carole", "Brandy", "Billie", "Dianne", "Tracey", "Leona", "Jenny", "Felicia", "Sonia", "Miriam", "Velma", "Becky",
    "Bobbie", "Kristina", "Toni", "Shelly", "Ramona", "Sherri", "Erika", "Katrina", "Lindsay", "Geneva", "Guadalupe",
    "Belinda", "Margarita", "Sheryl", "Cora", "Faye", "Ada", "Natasha", "Sabrina", "Isabel", "Marguerite", "Hattie",
    "Harriet", "Molly", "Cecilia", "Kristi", "Brandi", "Blanche", "Rosie", "Joanna", "Eunice", "Angie", "Inez", "Lynda",
    "Madeline", "Amelia", "Alberta", "Genevieve", "Monique", "Jodi", "Janie", "Maggie", "Sonya", "Kristine", "Candace",
    "Fannie", "Maryann", "Alison", "Yvette", "Melody", "Luz", "Susie", "Flora", "Shelley", "Kristy", "Mamie", "Lula",
    "Lola", "Verna", "Beulah", "Antoinette", "Candice", "Juana", "Jeannette", "Pam", "Kelli", "Whitney", "Bridget",
    "Karla", "Celia", "Latoya", "Patty", "Shelia", "Gayle", "Della", "Vicky", "Lynne", "Sheri", "Marianne", "Kara",
    "Jacquelyn", "Erma", "Blanca", "Myra", "Leticia", "Krista", "Roxanne", "Angelica", "Robyn", "Adrienne", "Rosalie",
    "Alexandra", "Brooke", "Bethany", "Sadie", "Bernadette", "Traci", "Jody", "Kendra", "Jasmine", "Nichole", "Rachael",
    "Chelsea", "Mable", "Ernestine", "Muriel", "Marcella", "Krystal", "Angelina", "Nadine", "Kari", "Estelle", "Dianna",
    "Paulette", "Lora", "Mona", "Doreen", "Rosemarie", "Desiree", "Antonia", "Janis", "Betsy", "Christie", "Freda",
    "Mercedes", "Meredith", "Lynette", "Teri", "Cristina", "Eula", "Leigh", "Meghan", "Eloise", "Rochelle", "Gretchen",
    "Cecelia", "Raquel", "Henrietta", "Alyssa", "Jana", "Gwen", "Jenna", "Tricia", "Laverne", "Tasha", "Silvia",
    "Elvira", "Delia", "Sophie", "Patti", "Lorena", "Kellie", "Sonja", "Lila", "Lana", "Darla", "Mindy", "Essie",
    "Mandy", "Lorene", "Elsa", "Josefina", "Jeannie", "Miranda", "Dixie", "Lucia", "Marta", "Lela", "Johanna", "Shari",
    "Camille", "Tami", "Shawna", "Elisa", "Melba", "Nettie", "Tabitha", "Ollie", "Winifred", "Kristie"
])

_CENSUS_SURNAMES = frozenset([
    "Watkins", "Harper", "Greene", "Sims", "Austin", "Franklin", "Lawson", "Carr", "Wheeler", "Chapman", "Oliver",
    "Montgomery", "Williamson", "Bishop", "McCoy", "Howell", "Morrison", "Harvey", "Burton", "Stanley", "George",
    "Jacobs", "Reid", "Fuller", "Lynch", "Dean", "Gilbert", "Garrett", "Welch", "Larson", "Frazier", "Burke", "Hanson",
    "Bowman", "Fowler", "Brewer", "Carlson", "Pearson", "Holland", "Douglas", "Fleming", "Jensen", "Byrd", "Davidson",
    "Hopkins", "Terry", "Walters", "Curtis", "Caldwell", "Jennings", "Barnett", "Horton", "Shelton", "Barrett",
    "Sutton", "Gregory", "McKinney", "Lucas", "Craig", "Rodriquez", "Chambers", "Holt", "Lambert", "Fletcher", "Watts",
    "Bates", "Rhodes", "Haynes", "McDaniel", "Vaughn", "Dawson", "Santiago", "Norris", "Schultz", "Barker", "Keller",
    "Chandler", "Weber", "Leonard", "Walsh", "Lyons", "Ramsey", "Wolfe", "Mullins", "Benson", "Bowen", "Daniel",
    "Cummings", "Hines", "Baldwin", "Griffith", "Valdez", "Hubbard", "Reeves", "Warner", "Stevenson", "Burgess", "Tate",
    "Garner", "Thornton", "Dennis", "McGee", "Vega", "Manning", "Harmon", "Rodgers", "Robbins", "Newton", "Higgins",
    "Ingram", "Reese", "Strickland", "Townsend", "Goodwin", "Walton", "Rowe", "Hampton", "Ortega", "Patton", "Swanson",
    "Joseph", "Francis", "Goodman", "Maldonado", "Yates", "Becker", "Erickson", "Hodges", "Rios", "Conner", "Adkins",
    "Webster", "Malone", "Hammond", "Cobb", "Maxwell", "Osborne", "Paul", "McCarthy", "Guerrero", "Estrada", "Gibbs",
    "Tyler", "Fitzgerald", "Stokes", "Doyle", "Sherman", "Saunders", "Colon", "Greer", "Padilla", "Nunez", "Ballard",
    "Schwartz", "McBride", "Houston", "Christensen", "Klein", "Pratt", "Briggs", "Parsons", "McLaughlin", "Zimmerman",
    "Buchanan", "Moran", "Copeland", "Roy", "Pittman", "Brady", "McCormick", "Holloway", "Brock", "Poole", "Wong",
    "Jefferson", "Abbott", "Norton", "Huff", "Clayton", "Massey", "Lloyd", "Figueroa", "Carson", "Bowers", "Roberson",
    "Barton", "Harrington", "Boone", "Cortez", "Clarke", "Mathis", "Singleton", "Wilkins", "Cain", "Bryan", "Underwood",
    "Hogan", "McKenzie", "Collier", "Luna", "Phelps", "McGuire", "Bridges", "Wilkerson", "Nash", "Atkins", "Wilcox",
    "Pitts", "Conley", "Marquez", "Burnett", "Richard", "Cochran", "Davenport", "Ayala", "Sawyer", "Dickerson", "Hodge",
    "Acosta", "Flynn", "Espinoza", "Nicholson", "Monroe", "Morrow", "Kirk", "Randall", "Anthony", "Whitaker", "Skinner",
    "Molina", "Kirby", "Huffman", "Bradford", "Charles", "Gilmore", "Dominguez", "Bruce", "Combs", "Kramer", "Hancock",
    "Gallagher", "Gaines", "Shaffer", "Wiggins", "Mathews", "McClain", "Fischer", "Melton", "Hensley", "Cameron",
    "Grimes", "Contreras", "Wyatt", "Baxter", "Mosley", "Larsen", "Hoover", "Beasley", "Petersen", "Whitehead",
    "Meyers", "Keith", "Garrison", "Vincent", "Shields", "Olsen", "Schroeder", "Hartman", "Woodard", "Kemp", "Deleon",
    "Calhoun", "Wiley", "Eaton", "Cline", "Navarro", "Harrell", "Lester", "Humphrey", "Parrish", "Duran", "Hutchinson",
    "Hess", "Dorsey", "Bullock", "Robles", "Beard", "Dalton", "Avila", "Vance", "Blackwell", "York", "Johns",
    "Blankenship", "Trevino", "Salinas", "Campos", "Pruitt", "Moses", "Callahan", "Montoya", "Hardin", "Guerra",
    "McDowell", "Carey", "Stafford", "Gallegos", "Henson", "Wilkinson", "Booker", "Merritt", "Miranda", "Atkinson",
    "Preston", "Pacheco", "Stephenson", "Rojas", "Serrano", "Hickman", "Sweeney", "McClure", "Conway", "Walter", "Roth",
    "Maynard", "Farrell", "Lowery", "Hurst", "Nixon", "Weiss", "Trujillo", "Ellison", "Sloan", "Juarez", "McLean",
    "Randolph", "Leon", "Boyer", "Villarreal", "McCall", "Gentry", "Carrillo", "Kent", "Ayers", "Lara", "Shannon",
    "Sexton", "Leblanc", "Browning", "Velasquez", "Chang", "Sellers", "Herring", "Foley", "Bartlett", "Mercado",
    "Landry", "Durham", "Barr", "McKee", "Bauer", "Everett", "Bradshaw", "Velez", "Estes", "Dodson", "Sheppard",
    "Camacho", "Barron", "Livingston", "Middleton", "Spears", "Blevins", "Kerr", "McConnell", "Hatfield", "Harding",
    "Solis", "Herman", "Blackburn", "William", "Pennington", "Woodward", "Finley", "McIntosh", "Koch", "Solomon",
    "McCullough", "Dudley", "Nolan", "Blanchard", "Rivas", "Brennan", "Mejia", "Benton", "Buckley", "Maddox", "Russo",
    "McKnight", "McMillan", "Dotson", "Mays", "Chan", "Richmond", "Meadows", "Faulkner", "Knapp", "Kline", "Jacobson",
    "Hendricks", "Horne", "Shepard", "Hebert", "Cardenas", "McIntyre", "Waller", "Holman", "Donaldson", "Cantu",
    "Terrell", "Morin", "Gillespie", "Fuentes", "Tillman", "Sanford", "Bentley", "Peck", "Salas", "Rollins", "Gamble",
    "Dickson", "Santana", "Cabrera", "Cervantes", "Howe", "Hinton", "Hurley", "Spence", "Zamora", "Yang", "McNeil",
    "Suarez", "McFarland", "Sampson", "Bray", "Rosario", "Macdonald", "Melendez", "Dillon", "Farley", "Potts",
    "Bernard", "Joyner", "Stein", "Aguirre", "Osborn", "Franco", "Rowland", "Sykes", "Benjamin", "Pickett", "Dunlap",
    "Hayden", "McKay", "Coffey", "McCarty", "Ewing", "Cooley", "Vaughan", "Bonner", "Ferrell", "Cantrell", "Fulton",
    "Calderon", "Rosa", "Pollard", "Hooper", "Burch", "Mullen", "Britt", "Daugherty", "Berger", "Dillard", "Alston",
    "Jarvis", "Frye", "Riggs", "Chaney", "Duffy", "Fitzpatrick", "Valenzuela", "Merrill", "Mayer", "Alford",
    "McPherson", "Acevedo", "Donovan", "Barrera", "Cote", "Reilly", "Compton", "Mooney", "McGowan", "Clemons", "Wynn",
    "Nielsen", "Baird", "Stanton", "Snider", "Rosales", "Witt", "Stuart", "Rutledge", "Kinney", "Clements", "Castaneda",
    "Slater", "Hahn", "Emerson", "Burks", "Delaney", "Pate", "Lancaster", "Tyson", "Sharpe", "Whitfield", "Talley",
    "Macias", "Burris", "Ratliff", "McCray", "Kaufman", "Bolton", "McFadden", "Levine", "Byers", "Kirkland", "Carney",
    "McLeod", "Holcomb", "Burt", "Hendrix", "Sosa", "Haney", "Franks", "Sargent", "Nieves", "Rasmussen", "Hewitt",
    "Foreman", "Valencia", "Delacruz", "Vinson", "Dejesus", "Gilliam", "Guthrie", "Wooten", "Huber", "Barlow", "Boyle",
    "McMahon", "Buckner", "Rocha", "Puckett", "Langley", "Knowles", "Cooke", "Velazquez", "Whitley", "Vang", "O'Neal",
    "O'Neil", "O'Neill", "O'Donnell"
])

EN_GIVEN = EN_GIVEN | _CENSUS_GIVEN
EN_SURNAMES = EN_SURNAMES | _CENSUS_SURNAMES

JA_SURNAMES = tuple(["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "斉藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田", "上田", "原", "柴田", "酒井", "工藤", "横山", "宮崎", "宮本", "内田", "高木", "安藤", "島田", "谷口", "大野", "高田", "丸山", "今井", "河野", "藤本", "村田", "武田", "上野", "杉山", "増田", "小山", "大塚", "平野", "菅原", "久保", "松井", "千葉", "岩崎", "桜井", "木下", "野口", "松尾", "菊地", "野村", "新井", "渡部", "佐野", "杉本", "古川", "大西", "浜田", "市川", "小松", "水野", "西田", "吉川", "菅野", "北村", "中西", "小島", "山内", "五十嵐", "東", "松下", "川口", "服部", "西川", "安田", "大橋", "中田", "樋口", "関", "永井", "川村", "秋山", "土屋", "北川", "平田", "荒木", "本田", "久保田", "大谷", "内藤", "今村", "坂田", "西山", "熊谷", "堀内", "松原", "小田", "岩本", "石原", "中井", "吉野", "三宅", "大川", "石橋", "桑原", "菊池", "荻野", "栗原", "細川", "松岡", "浅野", "大森", "神田", "山中", "竹田", "田口", "小西", "福井", "落合", "川上", "西岡", "飯島", "北野", "奥村", "長田", "白石", "矢野", "野崎", "藤川", "島崎", "関口", "宮田", "高野", "水谷", "溝口", "吉村", "小池", "須藤", "早川", "辻", "大久保", "星野", "堀", "望月", "野田", "片山", "河合", "飯田", "松浦", "上原", "小沢", "宇野", "岩田", "大石", "坂口", "榊原", "黒田"])

ZH_SURNAMES = tuple(["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "夏侯", "尉迟", "公孙", "长孙", "宇文", "司徒", "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "常", "温", "康", "施", "文", "牛", "樊", "葛", "邢", "安", "齐", "易", "乔", "伍", "庞", "颜", "倪", "庄", "聂", "章", "鲁", "岳", "翟", "殷", "詹", "申", "欧", "耿", "关", "兰", "焦", "俞", "左", "柳", "甘", "祝", "包", "宁", "尚", "符", "舒", "阮", "柯", "纪", "梅", "童", "凌", "毕", "单", "季", "裴", "霍", "涂", "成", "苗", "谷", "盛", "曲", "翁", "冉", "骆", "蓝", "路", "游", "辛", "靳", "管", "柴", "蒙", "鲍", "华", "喻", "祁", "蒲", "房", "滕", "屈", "饶", "解", "牟", "艾", "尤", "阳", "时", "穆", "农", "司", "卓", "古", "吉", "缪", "简", "车", "项", "连", "芦", "麦", "褚", "娄", "窦", "戚", "岑", "景", "党", "宫", "费", "卜", "冷", "晏", "席", "卫", "米", "柏", "宗", "瞿", "桂", "全", "佟", "应", "臧", "闵", "苟", "邬", "边", "卞", "姬", "师", "和", "仇", "栾", "隋", "商", "刁", "沙", "荣", "巫", "寇", "桑", "郎", "甄", "丛", "仲", "虞", "敖", "巩", "明", "佘", "池", "查", "麻", "苑", "迟", "邝"])

JA_HONORIFICS = ("さん", "様", "さま", "氏", "君", "くん", "ちゃん", "先生", "殿", "御中")
ZH_HONORIFICS = ("先生", "女士", "小姐", "老师", "同学", "经理", "总", "师傅", "阿姨", "大哥", "姐")
