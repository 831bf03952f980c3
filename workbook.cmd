@echo off
rem The workbook's front door on Windows: the same commands as ./workbook, short names for Maven's.
rem Each command says in one line what it does and which Maven command it runs, then runs it.
rem WORKBOOK_DRY_RUN=1 prints that Maven command instead; WORKBOOK_MVN chooses Maven ("mvn -o" works offline).
setlocal EnableExtensions EnableDelayedExpansion
set "HERE=%CD%"
set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "MVN=mvn"
if defined WORKBOOK_MVN set "MVN=%WORKBOOK_MVN%"

set "COMMAND=%~1"
set "ARG1=%~2"
set "ARG2=%~3"
set "ARG3=%~4"
if "%COMMAND%"=="" (set "WHY=no command given" & goto wrong)
if /i "%COMMAND%"=="list" goto list
if /i "%COMMAND%"=="next" goto next
if /i "%COMMAND%"=="test" goto test
if /i "%COMMAND%"=="check" goto check
if /i "%COMMAND%"=="hint" goto tool
if /i "%COMMAND%"=="reset" goto tool
if /i "%COMMAND%"=="restore" goto tool
if /i "%COMMAND%"=="catch-up" goto catchup
if /i "%COMMAND%"=="run" goto run
if /i "%COMMAND%"=="watch" goto watch
if /i "%COMMAND%"=="edition" goto edition
if /i "%COMMAND%"=="classroom" goto classroom
if /i "%COMMAND%"=="proof" goto proof
if /i "%COMMAND%"=="bench" goto bench
if /i "%COMMAND%"=="help" (call :usage & exit /b 0)
set "WHY=unknown command '%COMMAND%'"
goto wrong

:list
if not "%ARG1%"=="" (set "WHY=list takes no argument" & goto wrong)
set "WHAT=Listing every step's exercises and their state from the last run"
set "ARGS=-q -B -pl workbook-tools compile exec:java@list"
goto maven

:next
if not "%ARG1%"=="" (set "WHY=next takes no argument" & goto wrong)
set "WHAT=Finding the exercise to do now, from the last runs"
set "ARGS=-q -B -pl workbook-tools compile exec:java@next"
goto maven

:test
if not "%ARG2%"=="" (set "WHY=test takes at most one argument" & goto wrong)
if "%ARG1%"=="" (set "WHAT=Running every step's tests" & set "ARGS=test" & goto maven)
echo %ARG1%| findstr /r "\." >nul
if errorlevel 1 (
  call :stepfolder "%ARG1%" || exit /b 2
  set "WHAT=Running the tests of !FOLDER!"
  set "ARGS=test -pl !FOLDER! -am"
) else (
  call :exercise "%ARG1%" || exit /b 2
  set "WHAT=Running the tests of exercise %ARG1% in !FOLDER!"
  set "ARGS=test -pl !FOLDER! -am -Dgroups=exercise-%ARG1%"
  rem A page's exercise is written in JavaScript and checked in the browser: its tests are the browser profile's.
  findstr /s /m /c:"BEGIN EXERCISE %ARG1%:" "%ROOT%\!FOLDER!\src\main\*.js" >nul 2>&1 && (
    set "WHAT=Running the tests of exercise %ARG1% in !FOLDER!, in the browser"
    set "ARGS=test -Pbrowser -pl !FOLDER! -am -Dgroups=exercise-%ARG1%"
  )
)
goto maven

:check
if not "%ARG2%"=="" (set "WHY=check takes at most one argument" & goto wrong)
if "%ARG1%"=="" (set "WHAT=Checking every step, the pages in the browser too" & set "ARGS=test -Pcheck" & goto maven)
call :stepfolder "%ARG1%" || exit /b 2
set "WHAT=Checking all of %FOLDER%, its page in the browser too"
set "ARGS=test -Pcheck -pl %FOLDER% -am"
goto maven

:tool
if "%ARG1%"=="" (set "WHY=%COMMAND% needs one exercise number, such as: workbook %COMMAND% 1.4" & goto wrong)
if not "%ARG2%"=="" (set "WHY=%COMMAND% needs one exercise number, such as: workbook %COMMAND% 1.4" & goto wrong)
call :exercise "%ARG1%" || exit /b 2
if /i "%COMMAND%"=="hint" set "WHAT=Showing the hint of exercise %ARG1%"
if /i "%COMMAND%"=="reset" set "WHAT=Putting exercise %ARG1% back to its stub"
if /i "%COMMAND%"=="restore" set "WHAT=Putting back exercise %ARG1% as it was before its last reset"
set "ARGS=-q -B -pl workbook-tools compile exec:java@%COMMAND% -Dexercise=%ARG1%"
goto maven

:catchup
if "%ARG2%"=="" (set "WHY=catch-up needs a step and the reference folder, such as: workbook catch-up 1 ..\reference" & goto wrong)
if not "%ARG3%"=="" (set "WHY=catch-up takes a step and a folder" & goto wrong)
call :stepfolder "%ARG1%" || exit /b 2
pushd "%HERE%"
for %%F in ("%ARG2%") do set "FROM=%%~fF"
popd
if not exist "%FROM%\%FOLDER%\pom.xml" (set "WHY='%ARG2%' holds no %FOLDER%: give the folder of the reference workbook" & goto wrong)
set "WHAT=Taking %FOLDER% from %FROM% (your code goes to .workbook\backups\)"
set "ARGS=-q -B -pl workbook-tools compile exec:java@catch-up -Dstep=%NUMBER% "-Dfrom=%FROM%""
goto maven

:run
if not "%ARG2%"=="" (set "WHY=run takes at most one argument" & goto wrong)
if "%ARG1%"=="" (set "WHAT=Starting every step's servers and the home page, http://127.0.0.1:8000/ (Ctrl+C stops them)" & set "ARGS=-q compile exec:java" & goto maven)
call :stepfolder "%ARG1%" || exit /b 2
set "WHAT=Starting the servers of %FOLDER% (Ctrl+C stops them)"
set "ARGS=-q compile exec:java -Dexec.args=step%PADDED%"
goto maven

:watch
if not "%ARG2%"=="" (set "WHY=watch takes at most one argument" & goto wrong)
if "%ARG1%"=="" (
  rem The first step whose code still holds a stub, else the first step.
  set "FOLDER="
  for /d %%D in ("%ROOT%\step??-*") do if not defined FOLDER (
    findstr /s /m /c:"is not done yet:" "%%D\src\main\*.java" "%%D\src\main\*.js" >nul 2>&1 && set "FOLDER=%%~nxD"
  )
  if not defined FOLDER for /d %%D in ("%ROOT%\step??-*") do if not defined FOLDER set "FOLDER=%%~nxD"
) else (
  call :stepfolder "%ARG1%" || exit /b 2
)
set "WHAT=Watching %FOLDER%: its tests rerun on every save (q quits)"
set "ARGS=-q -pl %FOLDER% -am test-compile exec:java@watch"
goto maven

:edition
if "%ARG1%"=="" (set "WHY=edition needs a new folder, and optionally the blank steps: workbook edition ..\learner-edition 3,4" & goto wrong)
pushd "%HERE%"
for %%F in ("%ARG1%") do set "TO=%%~fF"
popd
set "STEPS=all"
set "BOARD="
set "CODE="
shift
shift
set "NEXT=%~1"
if not "!NEXT!"=="" if not "!NEXT:~0,2!"=="--" (set "STEPS=!NEXT!" & shift)
:editionoption
if "%~1"=="" goto editionrun
if /i "%~1"=="--classroom" (set "BOARD=%~2" & shift & shift & goto editionoption)
if /i "%~1"=="--class-code" (set "CODE=%~2" & shift & shift & goto editionoption)
set "WHY=edition takes a folder, the blank steps, and --classroom URL --class-code CODE; not '%~1'"
goto wrong
:editionrun
set "WHAT=Writing a learner edition to %TO%"
set "ARGS=-q -B -pl workbook-tools compile exec:java@edition "-Dto=%TO%" "-Dsteps=%STEPS%""
if "%BOARD%%CODE%"=="" goto maven
if "%BOARD%"=="" (set "WHY=a class board needs both --classroom URL and --class-code CODE" & goto wrong)
if "%CODE%"=="" (set "WHY=a class board needs both --classroom URL and --class-code CODE" & goto wrong)
set "WHAT=Writing a learner edition to %TO%, reporting to the class board at %BOARD%"
set "ARGS=%ARGS% "-Dclassroom=%BOARD%" "-Dclass-code=%CODE%""
goto maven

:classroom
if not "%ARG2%"=="" (set "WHY=classroom takes at most the class code" & goto wrong)
set "WHAT=Starting the class board (Ctrl+C stops it)"
set "ARGS=-q -pl workbook-classroom -am compile exec:java@classroom"
if not "%ARG1%"=="" (set "WHAT=Starting the class board, class code %ARG1% (Ctrl+C stops it)" & set "ARGS=!ARGS! "-Dclass-code=%ARG1%"")
goto maven

:proof
if not "%ARG1%"=="" (set "WHY=proof takes no argument" & goto wrong)
set "WHAT=Proving that each exercise's tests fail with it stubbed, and only those"
set "ARGS=test -Pproof"
goto maven

:bench
if not "%ARG1%"=="" (set "WHY=bench takes no argument" & goto wrong)
set "WHAT=Running the load benchmark of step 05 (about 9 minutes)"
set "ARGS=-q -pl workbook-bench -am compile exec:java@bench"
goto maven

rem Says what is being done and the Maven command it runs, then runs it (or only prints it on a dry run).
:maven
echo [workbook] %WHAT%: %MVN% %ARGS%
if "%WORKBOOK_DRY_RUN%"=="1" exit /b 0
cd /d "%ROOT%"
call %MVN% %ARGS%
exit /b %ERRORLEVEL%

rem The step folder for 1, 01, step01 or step01-handshake: sets FOLDER, NUMBER and PADDED.
:stepfolder
set "DIGITS=%~1"
if /i "%DIGITS:~0,4%"=="step" set "DIGITS=%DIGITS:~4%"
for /f "delims=-" %%A in ("%DIGITS%") do set "DIGITS=%%A"
echo %DIGITS%| findstr /r "^[0-9][0-9]*$" >nul || (set "WHY='%~1' is not a step: give its number (1, 01) or its folder (step01, step01-handshake)" & goto wrong)
set /a NUMBER=10%DIGITS% %% 100
set "PADDED=0%NUMBER%"
set "PADDED=%PADDED:~-2%"
set "FOLDER="
for /d %%D in ("%ROOT%\step%PADDED%-*") do if exist "%%D\pom.xml" set "FOLDER=%%~nxD"
if not defined FOLDER (set "WHY=there is no step '%~1' in this workbook" & goto wrong)
exit /b 0

rem Checks N.M is an exercise of this workbook: sets FOLDER to its step.
:exercise
echo %~1| findstr /r "^[0-9][0-9]*\.[0-9][0-9]*$" >nul || (set "WHY='%~1' is not an exercise number such as 1.4" & goto wrong)
for /f "tokens=1 delims=." %%A in ("%~1") do call :stepfolder "%%A" || exit /b 2
findstr /s /m /c:"BEGIN EXERCISE %~1:" "%ROOT%\%FOLDER%\src\main\*.java" "%ROOT%\%FOLDER%\src\main\*.js" >nul 2>&1 || (set "WHY=there is no exercise %~1 in %FOLDER%" & goto wrong)
exit /b 0

rem Says what went wrong, then the valid commands, and stops.
:wrong
echo workbook: %WHY% 1>&2
call :usage
exit /b 2

:usage
echo usage: workbook COMMAND [ARGUMENTS] 1>&2
echo   workbook list                  every step's exercises: where to write them, their tests, their lesson, their state 1>&2
echo   workbook next                  the exercise to do now: its task, where to write it, the lesson section 1>&2
echo   workbook test [STEP^|N.M]       run the tests: of every step, of one step (1, 01, step01), or of one exercise (1.4) 1>&2
echo   workbook check [STEP]          check everything of a step, its page in the browser too, ending "N of N exercises pass" 1>&2
echo   workbook hint N.M              the exercise's task, where to write it, its lesson section and the lesson's hint 1>&2
echo   workbook reset N.M             put an exercise back to its stub; your code is kept in .workbook\backups\ 1>&2
echo   workbook restore N.M           undo the last reset of an exercise, from its backup 1>&2
echo   workbook catch-up STEP FROM    take a whole step's code from the reference folder FROM; yours is kept 1>&2
echo   workbook run [STEP]            start the servers of every step (or one) and the home page, http://127.0.0.1:8000/ 1>&2
echo   workbook watch [STEP]          rerun the current exercise's tests on every save 1>&2
echo   workbook edition DIR [STEPS]   (instructors) write a learner edition to DIR, STEPS blank (all, none or 3,4); add --classroom URL --class-code CODE for the class board 1>&2
echo   workbook classroom [CODE]      (instructors) start the live class board, http://127.0.0.1:8050/ 1>&2
echo   workbook proof                 (instructors) prove that the tests check every exercise, both ways 1>&2
echo   workbook bench                 (instructors) the load benchmark of step 05, about 9 minutes 1>&2
exit /b 0
